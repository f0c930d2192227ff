package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command-line contract of DESIGN.md: {@code --json} prints one JSON object and nothing else;
 * failures print one line naming the file and the cause on stderr, exit non-zero, no stack trace.
 */
class CliTest {

	/** The exit code and both streams of one run. */
	record Run(int code, String out, String err) {

		JsonNode json() throws Exception {
			return new ObjectMapper().readTree(out);
		}
	}

	static synchronized Run run(final String... args) {
		final PrintStream out = System.out, err = System.err;
		final ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
			final int code = Tessera.execute(args);
			return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	@Test
	void infoListsArraysInCOrderWithNumpyDtypes() throws Exception {
		final Path n5 = TestData.real("n5/n5-java_data-1.5.0.n5");
		final Run r = run("info", n5.toString(), "--json");
		assertEquals(0, r.code(), r.err());
		final JsonNode j = r.json();
		assertEquals("n5", j.get("format").asText());
		final JsonNode raw = j.get("arrays").get(0);
		assertEquals("raw", raw.get("name").asText());
		assertEquals("[5,7]", raw.get("shape").toString());
		assertEquals("[4,5]", raw.get("chunks").toString());
		assertEquals("uint8", raw.get("dtype").asText());
		assertEquals(2, raw.get("axes").size());
	}

	@Test
	void statsMatchesTruthForAShardedZarrV3() throws Exception {
		final String f = "zarr_v3/zarr-java_sharding_index_end.zarr";
		final JsonNode truth = TestData.truth(f).get("zarr_v3").get("arrays").get("/");
		final Run r = run("stats", TestData.real(f).toString(), "--json");
		assertEquals(0, r.code(), r.err());
		final JsonNode j = r.json();
		assertEquals(truth.get("sha256").asText(), j.get("sha256").asText());
		assertEquals(truth.get("sum_int").asLong(), j.get("sum").asLong());
		assertEquals(truth.get("max").asLong(), j.get("max").asLong());
		assertEquals("int32", j.get("dtype").asText());
		assertEquals("/", j.get("name").asText());
		assertEquals("", r.err());
	}

	@Test
	void missingPathFailsWithOneLineNamingIt(@TempDir final Path dir) {
		final Path missing = dir.resolve("nothing-here.zarr");
		final Run r = run("stats", missing.toString(), "--json");
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertEquals("", r.out());
		assertEquals("tessera stats: " + missing + ": no such file or directory", r.err().strip());
	}

	@Test
	void notADatasetIsRefusedNamingTheFolder(@TempDir final Path dir) throws Exception {
		Files.writeString(dir.resolve("notes.txt"), "hello");
		final Run r = run("info", dir.toString(), "--json");
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertTrue(r.err().startsWith("tessera info: " + dir + ": not a dataset"), r.err());
		assertTrue(!r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
	}

	@Test
	void unknownArrayIsNamed() {
		final Path n5 = TestData.real("n5/n5-java_data-1.5.0.n5");
		final Run r = run("stats", n5.toString(), "--array", "nope", "--json");
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertTrue(r.err().contains("nope") && r.err().contains(n5.toString()), r.err());
	}

	@Test
	void corruptChunkFailsWithoutPrintingAPartialResult(@TempDir final Path dir) throws Exception {
		final Path zarr = dir.resolve("broken.zarr");
		final var w = new org.tessera.io.zarr.write.ZarrWriter(zarr, 2);
		final var spec = new org.tessera.io.zarr.write.ZarrArraySpec(new long[] { 4, 4 }, new int[] { 2, 2 },
			org.tessera.io.DType.UINT16).optCompressor(java.util.Map.of("id", "zstd", "level", 1));
		final var a = w.createArray("", spec);
		for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) a.writeChunk(new long[] { i, j }, new short[4]);
		final Path chunk = zarr.resolve("1.1");
		Files.write(chunk, new byte[] { 0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 1, 2, 3 });
		final Run r = run("stats", zarr.toString(), "--json");
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertEquals("", r.out(), "no partial JSON on stdout");
		assertTrue(r.err().startsWith("tessera stats: " + chunk + ": "), r.err());
		assertTrue(r.err().contains("zstd"), r.err());
	}

	@Test
	void usageErrorsExitWithTwo() {
		assertEquals(Tessera.EXIT_USAGE, run("stats").code());
		assertEquals(Tessera.EXIT_USAGE, run("info", "x", "--no-such-option").code());
	}
}
