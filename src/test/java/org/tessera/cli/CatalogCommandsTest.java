package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.sample.TinyDatasets;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code tessera index} and {@code tessera search} through the real command line: JSON contract, errors and exit codes. */
class CatalogCommandsTest {

	@TempDir
	Path tmp;

	@Test
	void indexThenSearchWithFacetsAndErrors() throws Exception {
		final Path data = tmp.resolve("data"), cat = tmp.resolve("cat");
		TinyDatasets.write(data, 4);
		Files.write(data.resolve("bad.n5"), new byte[] { 0 });
		final CliTest.Run idx = CliTest.run("index", data.toString(), "--catalog", cat.toString(), "--json");
		assertEquals(0, idx.code(), idx.err());
		final JsonNode r = new ObjectMapper().readTree(idx.out());
		assertEquals(4, r.get("indexed").asInt());
		assertEquals(data.resolve("bad.n5").toString(), r.get("failed").get(0).get("path").asText());
		assertTrue(r.get("failed").get(0).get("error").asText().startsWith(data.resolve("bad.n5").toString()));

		final CliTest.Run s = CliTest.run("search", "--catalog", cat.toString(), "--query", "sample AND \"gold-1\"",
			"--facets", "--k", "5", "--json");
		assertEquals(0, s.code(), s.err());
		final JsonNode h = new ObjectMapper().readTree(s.out());
		assertEquals(1, h.get("total").asInt());
		assertEquals(data.resolve("tiny-00001.n5").toString(), h.get("hits").get(0).get("path").asText());
		assertEquals("data", h.get("hits").get(0).get("array").asText());
		assertEquals(1, h.get("facets").get("format").get("n5").asInt());

		final CliTest.Run bad = CliTest.run("search", "--catalog", cat.toString(), "--query", "format:(n5", "--json");
		assertEquals(1, bad.code());
		assertEquals("", bad.out());
		assertTrue(bad.err().contains("query syntax error at column"), bad.err());
		final CliTest.Run none = CliTest.run("search", "--catalog", tmp.resolve("none").toString(), "--json");
		assertEquals(1, none.code());
		assertTrue(none.err().contains("no catalogue here"), none.err());
	}
}
