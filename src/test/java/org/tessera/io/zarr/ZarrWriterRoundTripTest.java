package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;

/** Java write, Java read: every numeric dtype, v2 and v3 (plain, compressed, sharded), ragged edges. */
class ZarrWriterRoundTripTest {

	private static final long[] SHAPE = { 5, 7, 3 };

	@TempDir
	Path dir;

	static Stream<Arguments> cases() {
		final List<String> dtypes = List.of("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
			"uint64", "float16", "float32", "float64", "complex64", "complex128");
		final List<Arguments> out = new ArrayList<>();
		for (final String t : dtypes) {
			for (final String layout : List.of("v2-raw", "v2-zstd-be", "v2-blosc-slash", "v3-bytes", "v3-gzip-be", "v3-sharded")) {
				out.add(Arguments.of(t, layout));
			}
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void roundTrip(final String typeName, final String layout) throws IOException {
		final DType t = DType.forName(typeName);
		final boolean sharded = layout.equals("v3-sharded");
		final int[] chunks = sharded ? new int[] { 4, 6, 3 } : new int[] { 2, 3, 3 };
		final ZarrArraySpec spec = spec(t, layout, chunks);
		final Object whole = random(t, Chunks.product(new int[] { 5, 7, 3 }), new Random(typeName.hashCode()));
		final ZarrWriter w = new ZarrWriter(dir.resolve("rt.zarr"), layout.startsWith("v2") ? 2 : 3);
		w.createGroup("", Map.of("note", "round trip"));
		writeAll(w.createArray("g/a", spec), t, whole, chunks);
		try (Container c = FormatReaders.open(dir.resolve("rt.zarr"))) {
			final ChunkedArray a = c.array("g/a");
			assertEquals(t, a.dtype());
			assertArrayEquals(SHAPE, a.shape());
			assertArrayEquals(sharded ? new int[] { 2, 3, 3 } : chunks, a.chunkShape());
			assertEquals(List.of("z", "y", "x"), a.axes().stream().map(x -> x.name()).toList());
			assertEquals("round trip", ((Map<?, ?>) c.metadata().get("attributes")).get("note"));
			assertPrimitivesEqual(whole, ArrayContents.read(a).data);
		}
	}

	private static ZarrArraySpec spec(final DType t, final String layout, final int[] chunks) {
		final ZarrArraySpec s = new ZarrArraySpec(SHAPE, chunks, t).optDimensionNames(List.of("z", "y", "x"));
		if (layout.endsWith("-be")) s.optOrder(ByteOrder.BIG_ENDIAN);
		switch (layout) {
			case "v2-zstd-be" -> s.optCompressor(Map.of("id", "zstd", "level", 3));
			case "v2-blosc-slash" -> s.optCompressor(Map.of("id", "blosc", "cname", "zstd", "clevel", 3, "shuffle", 2)).optSeparator("/");
			case "v3-gzip-be" -> s.optCodecs(List.of(Map.of("name", "bytes", "configuration", Map.of("endian", "big")),
				Map.of("name", "gzip", "configuration", Map.of("level", 5))));
			case "v3-sharded" -> s.optCodecs(List.of(Map.of("name", "sharding_indexed", "configuration", Map.of(
				"chunk_shape", List.of(2, 3, 3), "index_location", "start",
				"codecs", List.of(Map.of("name", "transpose", "configuration", Map.of("order", List.of(2, 0, 1))),
					Map.of("name", "bytes", "configuration", Map.of("endian", "little")), Map.of("name", "zstd", "configuration", Map.of("level", 1))),
				"index_codecs", List.of(Map.of("name", "bytes", "configuration", Map.of("endian", "little")), Map.of("name", "crc32c"))))));
			default -> { }
		}
		return s;
	}

	/** Cuts the whole array into clipped chunks and writes them. */
	static void writeAll(final org.tessera.io.zarr.write.ZarrArrayWriter w, final DType t, final Object whole,
		final int[] chunks) throws IOException
	{
		final int[] full = { 5, 7, 3 };
		for (long z = 0; z * chunks[0] < 5; z++) for (long y = 0; y * chunks[1] < 7; y++) for (long x = 0; x * chunks[2] < 3; x++) {
			final long[] pos = { z, y, x };
			final int[] clipped = Chunks.clippedShape(SHAPE, chunks, pos);
			final int[] origin = { (int) z * chunks[0], (int) y * chunks[1], (int) x * chunks[2] };
			w.writeChunk(pos, Boxes.extract(t, whole, full, origin, clipped));
		}
	}

	/** Random primitives for a type: 0/1 for bool, finite values for floats. */
	static Object random(final DType t, final int count, final Random r) {
		final Object a = t.allocate(count);
		for (int i = 0; i < Array.getLength(a); i++) {
			switch (a) {
				case byte[] b -> b[i] = t == DType.BOOL ? (byte) r.nextInt(2) : (byte) r.nextInt();
				case short[] s -> s[i] = t == DType.FLOAT16 ? Float.floatToFloat16((float) r.nextGaussian()) : (short) r.nextInt();
				case int[] v -> v[i] = r.nextInt();
				case long[] v -> v[i] = r.nextLong();
				case float[] v -> v[i] = (float) r.nextGaussian() * 1e3f;
				case double[] v -> v[i] = r.nextGaussian() * 1e6;
				default -> throw new IllegalStateException();
			}
		}
		return a;
	}

	static void assertPrimitivesEqual(final Object expected, final Object actual) {
		switch (expected) {
			case byte[] e -> assertArrayEquals(e, (byte[]) actual);
			case short[] e -> assertArrayEquals(e, (short[]) actual);
			case int[] e -> assertArrayEquals(e, (int[]) actual);
			case long[] e -> assertArrayEquals(e, (long[]) actual);
			case float[] e -> assertArrayEquals(e, (float[]) actual);
			case double[] e -> assertArrayEquals(e, (double[]) actual);
			default -> throw new IllegalStateException();
		}
	}
}
