package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.search.TestImages;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code tessera index --embedder --patches} then {@code tessera search --like FILE_OR_ID [--roi]} through the command line. */
class SimilarityCommandsTest {

	@TempDir
	Path tmp;

	@Test
	void indexWithEmbedderThenSearchLikeFileIdAndRegion() throws Exception {
		final Path data = tmp.resolve("data"), cat = tmp.resolve("cat");
		for (int c = 0; c < 3; c++) TestImages.write(data.resolve("t" + c + ".zarr"), TestImages.texture(c, 64, 64, c));
		final CliTest.Run idx = CliTest.run("index", data.toString(), "--catalog", cat.toString(), "--embedder",
			"test-hist", "--patches", "32", "--json");
		assertEquals(0, idx.code(), idx.err());
		assertEquals(3, json(idx).get("indexed").asInt());

		final String stripes = data.resolve("t0.zarr").toString();
		final JsonNode byFile = json(CliTest.run("search", "--catalog", cat.toString(), "--like", stripes, "--k", "2", "--json"));
		final JsonNode top = byFile.get("hits").get(0);
		assertEquals(stripes, top.get("path").asText());
		assertEquals(1.0, top.get("score").asDouble(), 1e-4);
		assertTrue(top.get("explain").asText().startsWith("test-hist="), top.toString());

		final String id = top.get("id").asText();
		final JsonNode byId = json(CliTest.run("search", "--catalog", cat.toString(), "--like", id, "--query",
			"shape:64x64 AND NOT path:\"" + stripes + "\"", "--json"));
		assertEquals(2, byId.get("hits").size(), "the filter admits the two other images only");
		assertNotEquals(stripes, byId.get("hits").get(0).get("path").asText());

		final JsonNode region = json(CliTest.run("search", "--catalog", cat.toString(), "--like", stripes, "--roi",
			"16,16,32,32", "--k", "1", "--json"));
		assertEquals(stripes, region.get("hits").get(0).get("path").asText());
		assertEquals(32, region.get("hits").get(0).get("patch").get("w").asInt());

		final CliTest.Run bad = CliTest.run("search", "--catalog", cat.toString(), "--like", "nonesuch", "--json");
		assertEquals(1, bad.code());
		assertEquals("", bad.out());
		assertTrue(bad.err().contains("nonesuch: neither an existing file nor a record id in the catalogue " + cat),
			bad.err());
	}

	private static JsonNode json(final CliTest.Run r) throws Exception {
		assertEquals(0, r.code(), r.err());
		return new ObjectMapper().readTree(r.out());
	}
}
