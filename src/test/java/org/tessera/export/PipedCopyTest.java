package org.tessera.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The two-thread copies on files spanning several buffers (and an empty and a one-byte file between):
 * every written byte equals the source, and every digest equals one computed over the source's bytes.
 */
class PipedCopyTest {

	@TempDir
	Path tmp;

	private Path file(final String name, final int size) throws Exception {
		final byte[] b = new byte[size];
		new SplittableRandom(size).nextBytes(b);
		return Files.write(tmp.resolve(name), b);
	}

	@Test
	void directoryAndZipSinksCopyAndHashLargeFilesExactly() throws Exception {
		final Path[] src = { file("big", 2 * HashingCopy.BUFFER + 12345), file("empty", 0), file("one", 1), file("exact",
			HashingCopy.BUFFER) };
		for (final boolean zip : new boolean[] { false, true }) {
			final Path out = tmp.resolve(zip ? "out.zip" : "out");
			try (PackageSink sink = PackageSink.open(out, zip, !zip)) {
				for (final Path s : src) {
					final Digests d = sink.copy(s, "data/" + s.getFileName());
					final Digests want = Digests.of(Files.readAllBytes(s));
					assertEquals(want.sha256(), d.sha256(), s.toString());
					assertEquals(want.size(), d.size());
					if (!zip) assertEquals(want.md5(), d.md5());
				}
			}
			for (final Path s : src) assertArrayEquals(Files.readAllBytes(s), written(out, zip, "data/" + s.getFileName()));
		}
	}

	private static byte[] written(final Path out, final boolean zip, final String path) throws Exception {
		if (!zip) return Files.readAllBytes(out.resolve(path));
		try (ZipFile z = new ZipFile(out.toFile())) {
			return z.getInputStream(z.getEntry(path)).readAllBytes();
		}
	}
}
