package org.tessera.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.*;

/** The directory hash is over the documented canonical listing and changes with any file. */
class ChecksumsTest {

	@Test
	void directoryHashIsTheCanonicalListing(@TempDir final Path dir) throws Exception {
		Files.createDirectories(dir.resolve("raw/0"));
		Files.writeString(dir.resolve("raw/0/0"), "ab");
		Files.writeString(dir.resolve("attributes.json"), "{}");
		final String listing = "attributes.json\t2\t" + sha("{}") + "\n" + "raw/0/0\t2\t" + sha("ab") + "\n";
		assertEquals(sha(listing), Checksums.fileSha256(dir));
		assertEquals(sha("ab"), Checksums.fileSha256(dir.resolve("raw/0/0")));
		Files.writeString(dir.resolve("raw/0/0"), "ac");
		assertNotEquals(sha(listing), Checksums.fileSha256(dir));
	}

	private static String sha(final String s) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
	}
}
