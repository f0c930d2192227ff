package org.tessera.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.MemoryChunkedArray;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tessera reduce} on a Zarr written from a generated cube (y, x, E): JSON values equal a
 * plain loop over the generator, {@code --out} files read back equal them too, and a failing chunk
 * leaves no output file behind.
 */
class ReduceCommandTest {

	private static final long[] SHAPE = { 6, 5, 9 };

	private static MemoryChunkedArray cube() {
		return new MemoryChunkedArray(DType.UINT16, SHAPE, new int[] { 4, 2, 4 }, 11);
	}

	/** Writes the generated cube as an uncompressed Zarr v2 with axes y, x, E. */
	static Path zarr(final Path dir, final MemoryChunkedArray a) throws IOException {
		return org.tessera.io.MemoryZarr.write(a, dir.resolve("cube.zarr"), List.of("y", "x", "E"));
	}

	/** The sum image (over E) and sum spectrum (over y, x) by a plain loop. */
	private static long[][] sums(final MemoryChunkedArray a) {
		final long[] image = new long[30];
		final long[] spectrum = new long[9];
		for (int y = 0; y < 6; y++) for (int x = 0; x < 5; x++) for (int e = 0; e < 9; e++) {
			final long v = (Long) a.value(new long[] { y, x, e }, 0);
			image[y * 5 + x] += v;
			spectrum[e] += v;
		}
		return new long[][] { image, spectrum };
	}

	@Test
	void hyperspectralPresetPrintsBothSumsAsJson(@TempDir final Path dir) throws Exception {
		final MemoryChunkedArray a = cube();
		final CliTest.Run r = CliTest.run("reduce", zarr(dir, a).toString(), "--preset", "hyperspectral", "--json");
		assertEquals(0, r.code(), r.err());
		final JsonNode results = r.json().get("results");
		assertEquals(2, results.size());
		assertEquals("image", results.get(0).get("result").asText());
		assertEquals("[\"E\"]", results.get(0).get("axes").toString());
		assertEquals("[6,5]", results.get(0).get("shape").toString());
		assertEquals("int64", results.get(0).get("dtype").asText());
		assertArrayEquals(sums(a)[0], longs(results.get(0).get("sum")));
		assertEquals("[\"y\",\"x\"]", results.get(1).get("axes").toString());
		assertArrayEquals(sums(a)[1], longs(results.get(1).get("sum")));
	}

	@Test
	void oneReductionIsOneObjectAndAxesMayBeIndices(@TempDir final Path dir) throws Exception {
		final MemoryChunkedArray a = cube();
		final CliTest.Run r = CliTest.run("reduce", zarr(dir, a).toString(), "--sum", "0,1", "--json");
		assertEquals(0, r.code(), r.err());
		assertEquals("/", r.json().get("name").asText());
		assertEquals("sum_y_x", r.json().get("result").asText());
		assertArrayEquals(sums(a)[1], longs(r.json().get("sum")));
		final CliTest.Run max = CliTest.run("reduce", zarr(dir.resolve("m"), a).toString(), "--max", "E", "--json");
		assertEquals(0, max.code(), max.err());
		assertEquals(6 * 5, max.json().get("max").size());
	}

	@Test
	void npyAndZarrOutputsReadBack(@TempDir final Path dir) throws Exception {
		final MemoryChunkedArray a = cube();
		final Path zarr = zarr(dir, a);
		final Path npy = dir.resolve("sums.npy");
		assertEquals(0, CliTest.run("reduce", zarr.toString(), "--preset", "hyperspectral", "--out", npy.toString()).code());
		assertArrayEquals(sums(a)[0], readNpy(dir.resolve("sums_image.npy"), "(6, 5)"));
		assertArrayEquals(sums(a)[1], readNpy(dir.resolve("sums_spectrum.npy"), "(9,)"));
		final Path out = dir.resolve("sums.zarr");
		final CliTest.Run r = CliTest.run("reduce", zarr.toString(), "--preset", "hyperspectral", "--out", out.toString(),
			"--json");
		assertEquals(out.toString(), r.json().get("out").get(0).asText());
		try (Container c = FormatReaders.open(out)) {
			final ChunkedArray image = c.array("image");
			assertEquals(List.of("y", "x"), image.axes().stream().map(org.tessera.io.Axis::name).toList());
			assertArrayEquals(sums(a)[0], (long[]) image.readChunk(0, 0).data());
			assertArrayEquals(sums(a)[1], (long[]) c.array("spectrum").readChunk(0).data());
		}
	}

	@Test
	void aCorruptChunkLeavesNoOutputFile(@TempDir final Path dir) throws Exception {
		final Path zarr = zarr(dir, cube());
		Files.write(zarr.resolve("1.2.2"), new byte[] { 1, 2, 3 });
		final Path npy = dir.resolve("out").resolve("sums.npy");
		Files.createDirectories(npy.getParent());
		final CliTest.Run r = CliTest.run("reduce", zarr.toString(), "--sum", "E", "--out", npy.toString(), "--json");
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertEquals("", r.out());
		assertTrue(r.err().startsWith("tessera reduce: " + zarr.resolve("1.2.2")), r.err());
		try (var files = Files.list(npy.getParent())) {
			assertEquals(List.of(), files.toList(), "no partial or temporary file");
		}
	}

	@Test
	void badAxesAndPresetsAreUsageErrorsNamingTheArray(@TempDir final Path dir) throws Exception {
		final Path zarr = zarr(dir, cube());
		final CliTest.Run r = CliTest.run("reduce", zarr.toString(), "--sum", "kx");
		assertEquals(Tessera.EXIT_INPUT, r.code());
		assertTrue(r.err().contains("no axis named 'kx' (axes: y, x, E)"), r.err());
		assertTrue(CliTest.run("reduce", zarr.toString()).err().contains("nothing to compute"));
		assertTrue(CliTest.run("reduce", zarr.toString(), "--sum", "E", "--out", "x.png").err()
			.contains("x.png: unknown output type"));
	}

	// -- Helper methods --

	private static long[] longs(final JsonNode values) {
		final long[] l = new long[values.size()];
		for (int i = 0; i < l.length; i++) l[i] = values.get(i).asLong();
		return l;
	}

	/** Parses a .npy v1.0 file of little-endian int64, checking its header. */
	static long[] readNpy(final Path p, final String shape) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals((byte) 0x93, b.get());
		assertEquals("NUMPY", new String(new byte[] { b.get(), b.get(), b.get(), b.get(), b.get() }, StandardCharsets.US_ASCII));
		assertEquals(1, b.get());
		assertEquals(0, b.get());
		final byte[] h = new byte[b.getShort()];
		b.get(h);
		final String header = new String(h, StandardCharsets.US_ASCII);
		assertEquals(0, b.position() % 64, "header padded to 64 bytes");
		assertTrue(header.startsWith("{'descr': '<i8', 'fortran_order': False, 'shape': " + shape + ", }"), header);
		assertTrue(header.endsWith("\n"));
		final long[] v = new long[b.remaining() / 8];
		b.asLongBuffer().get(v);
		assertFalse(v.length == 0);
		return v;
	}

}
