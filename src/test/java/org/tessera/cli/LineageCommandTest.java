package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.meta.Checksums;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain extract → reduce → index recorded by the command line, shown by {@code tessera lineage}
 * as PROV-JSON and DOT, and re-run: unchanged input reproduces the hashes, a changed chunk byte is
 * reported as a differing step (exit 3).
 */
class LineageCommandTest {

	@TempDir
	Path dir;

	/** Writes the cube, indexes it, reduces it with lineage into out.zarr, indexes that. */
	private Path chain(final Path cat) throws IOException {
		final Path cube = ReduceCommandTest.zarr(dir, new MemoryChunkedArray(DType.UINT16, new long[] { 6, 5, 9 },
			new int[] { 4, 2, 4 }, 11));
		ok(CliTest.run("index", cube.toString(), "--catalog", cat.toString(), "--json"));
		final Path out = dir.resolve("results/out.zarr");
		Files.createDirectories(out.getParent());
		ok(CliTest.run("reduce", cube.toString(), "--sum", "E", "--max", "y,x", "--out", out.toString(), "--catalog",
			cat.toString(), "--json"));
		ok(CliTest.run("stats", cube.toString(), "--catalog", cat.toString(), "--json"));
		ok(CliTest.run("index", out.getParent().toString(), "--catalog", cat.toString(), "--json"));
		return out;
	}

	private static CliTest.Run ok(final CliTest.Run r) {
		assertEquals(0, r.code(), r.err());
		return r;
	}

	private static List<String> types(final JsonNode prov) {
		final List<String> out = new ArrayList<>();
		prov.get("activity").forEach(a -> out.add(a.get("prov:type").asText()));
		return out;
	}

	@Test
	void whatProducedTheResultAndWhatCameFromTheCube() throws Exception {
		final Path cat = dir.resolve("cat"), out = chain(cat);
		final JsonNode up = ok(CliTest.run("lineage", "--catalog", cat.toString(), out.toString(), "--json")).json();
		assertEquals(List.of("tessera:reduce"), types(up));
		final JsonNode reduce = up.get("activity").elements().next();
		assertEquals("E", reduce.get("param:sum").asText());
		assertEquals("y,x", reduce.get("param:max").asText());
		assertTrue(up.get("entity").has("sha256:" + Checksums.fileSha256(out)), "the result file by its hash");
		final Path cube = dir.resolve("cube.zarr");
		final JsonNode down = ok(CliTest.run("lineage", "--catalog", cat.toString(), cube.toString(), "--derived",
			"--json")).json();
		assertEquals(List.of("tessera:index", "tessera:extract", "tessera:reduce", "tessera:open", "tessera:index",
			"tessera:extract"), types(down));
		final String commit = down.get("wasGeneratedBy").findValuesAsText("prov:entity").stream()
			.filter(e -> e.contains("#commit=")).reduce((a, b) -> b).orElseThrow();
		final JsonNode last = ok(CliTest.run("lineage", "--catalog", cat.toString(), commit.substring("tessera:".length()),
			"--json")).json();
		assertEquals(List.of("tessera:index", "tessera:reduce", "tessera:extract"), types(last), "commit ← file ← reduce, commit ← records ← extract");
	}

	@Test
	void dotOutputRendersAndUnknownIdsFail() throws Exception {
		final Path cat = dir.resolve("cat"), out = chain(cat);
		final String dot = ok(CliTest.run("lineage", "--catalog", cat.toString(), out.toString(), "--format", "dot")).out();
		assertTrue(dot.startsWith("digraph lineage {"), dot);
		assertTrue(dot.contains("shape=box, label=\"reduce"), dot);
		final CliTest.Run none = CliTest.run("lineage", "--catalog", cat.toString(), "sha256:" + "0".repeat(64));
		assertEquals(Tessera.EXIT_INPUT, none.code());
		assertEquals("tessera lineage: " + cat + ": no lineage recorded for 'sha256:" + "0".repeat(64) + "'\n", none.err());
	}

	@Test
	void rerunMatchesUntouchedAndNamesTheStepAfterAChunkChanged() throws Exception {
		final Path cat = dir.resolve("cat"), out = chain(cat);
		final JsonNode same = ok(CliTest.run("lineage", "--catalog", cat.toString(), out.toString(), "--rerun", "--json"))
			.json();
		assertTrue(same.get("same").asBoolean(), same.toString());
		assertEquals(1, same.get("steps").size());
		assertEquals("reduce", same.get("steps").get(0).get("type").asText());
		assertEquals(3, same.get("steps").get(0).get("expected").size(), "two result arrays and the zarr");
		final Path chunk = dir.resolve("cube.zarr/0.0.0");
		final byte[] b = Files.readAllBytes(chunk);
		b[0] ^= 0x5a;
		Files.write(chunk, b);
		final CliTest.Run changed = CliTest.run("lineage", "--catalog", cat.toString(), out.toString(), "--rerun", "--json");
		assertEquals(LineageCommand.EXIT_DIFFERS, changed.code(), changed.err());
		final JsonNode step = changed.json().get("steps").get(0);
		assertTrue(!step.get("same").asBoolean() && changed.err().startsWith("tessera lineage: step reduce "
			+ step.get("activity").asText() + " differs: expected "), changed.err());
	}

	@Test
	void rerunOfAnArrayReReadsItsExtractAndStatsStepsAndListsWhatItSkips() throws Exception {
		final Path cat = dir.resolve("cat"), out = chain(cat), cube = dir.resolve("cube.zarr");
		final String sha = ok(CliTest.run("stats", cube.toString(), "--json")).json().get("sha256").asText();
		final JsonNode same = ok(CliTest.run("lineage", "--catalog", cat.toString(), "array-sha256:" + sha, "--rerun",
			"--json")).json();
		assertTrue(same.get("same").asBoolean(), same.toString());
		final List<String> run = new ArrayList<>();
		same.get("steps").forEach(s -> run.add(s.get("type").asText()));
		assertTrue(run.contains("extract") && run.contains("open"), run.toString());
		same.get("steps").forEach(s -> assertEquals(s.get("expected"), s.get("actual")));
		final JsonNode extract = find(same.get("steps"), "extract");
		assertTrue(extract.get("expected").toString().contains(sha + ":"), "the record id " + extract);
		final Path chunk = cube.resolve("0.0.0");
		final byte[] b = Files.readAllBytes(chunk);
		b[1] ^= 0x21;
		Files.write(chunk, b);
		final CliTest.Run changed = CliTest.run("lineage", "--catalog", cat.toString(), "array-sha256:" + sha, "--rerun",
			"--json");
		assertEquals(LineageCommand.EXIT_DIFFERS, changed.code(), changed.err());
		assertTrue(changed.err().contains("step extract "), changed.err());
		assertTrue(!find(changed.json().get("steps"), "extract").get("same").asBoolean());
		final JsonNode result = CliTest.run("lineage", "--catalog", cat.toString(), out.toString(), "--rerun", "--json").json();
		assertEquals(0, result.get("skipped").size(), "the result's producer is a reduce: nothing skipped");
		final JsonNode commit = ok(CliTest.run("lineage", "--catalog", cat.toString(), "--component",
			"catalogue.schema=" + org.tessera.index.CatalogSchema.NAME, "--rerun", "--json")).json();
		assertEquals("index", commit.get("skipped").get(0).get("type").asText(), commit.toString());
		assertTrue(commit.get("skipped").get(0).get("reason").asText().contains("not reproducible"));
	}

	private static JsonNode find(final JsonNode steps, final String type) {
		for (final JsonNode s : steps) if (s.get("type").asText().equals(type)) return s;
		throw new AssertionError("no " + type + " step in " + steps);
	}

	@Test
	void componentQueryFindsTheReadersActivities() throws Exception {
		final Path cat = dir.resolve("cat");
		chain(cat);
		final JsonNode prov = ok(CliTest.run("lineage", "--catalog", cat.toString(), "--component", "catalogue.schema="
			+ org.tessera.index.CatalogSchema.NAME, "--json")).json();
		assertEquals(List.of("tessera:index", "tessera:index"), types(prov));
	}
}
