package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tessera sample --synthetic}: the training-set dump from the command line, and its bad input. */
class SampleSyntheticCommandTest {

	@Test
	void writesTheGroupsSetAndReportsIt(@TempDir final Path dir) throws Exception {
		final CliTest.Run r = CliTest.run("sample", "--synthetic", "groups", "--count", "2", "--seed", "3", "--size", "32",
			"--out", dir.toString(), "--json");
		assertEquals(0, r.code(), r.err());
		final JsonNode j = r.json();
		assertEquals(34, j.get("images").asInt());
		assertEquals(17, j.get("classes").size());
		assertEquals("p6m", j.get("classes").get(16).asText());
		assertEquals(128 + 34L * 32 * 32 * 4, Files.size(dir.resolve("images.npy")));
		assertEquals(128 + 34L * 8, Files.size(dir.resolve("labels.npy")));
	}

	@Test
	void unknownSetFailsNamingIt(@TempDir final Path dir) {
		final CliTest.Run r = CliTest.run("sample", "--synthetic", "zebra", "--out", dir.toString());
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertTrue(r.err().contains("--synthetic must be wallpaper or groups (got 'zebra')"), r.err());
		assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
	}
}
