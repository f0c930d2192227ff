package org.tessera.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Writes every N5 data type with every compression and reads it back element by element. */
class N5WriterRoundTripTest {

	private static final long[] SHAPE = { 5, 7, 3 };
	private static final int[] CHUNKS = { 2, 3, 2 };

	static Stream<Arguments> cases() {
		final List<Map<String, Object>> compressions = List.of(Map.of("type", "raw"),
			Map.of("type", "gzip", "level", 6), Map.of("type", "gzip", "level", 6, "useZlib", true),
			Map.of("type", "bzip2", "blockSize", 9), Map.of("type", "xz", "preset", 6),
			Map.of("type", "lz4", "blockSize", 65536), Map.of("type", "zstd", "level", 3),
			Map.of("type", "blosc", "cname", "zstd", "clevel", 5, "shuffle", 1, "blocksize", 0));
		final List<Arguments> out = new ArrayList<>();
		for (final String t : List.of("uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64", "float32", "float64")) {
			for (final Map<String, Object> c : compressions) out.add(Arguments.of(DType.forName(t), c));
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void writtenBlocksReadBackExactly(final DType dtype, final Map<String, Object> compression, @TempDir final Path dir)
		throws Exception
	{
		final N5Writer w = new N5Writer(dir.resolve("out.n5"));
		w.createDataset("g/data", SHAPE, CHUNKS, dtype, compression);
		for (long z = 0; z < 3; z++) for (long y = 0; y < 3; y++) for (long x = 0; x < 2; x++) {
			final long[] p = { z, y, x };
			w.writeBlock("g/data", p, block(dtype, p));
		}
		// the far corner block is clipped on disk, its size in N5 order
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("out.n5/g/data/1/2/2")));
		assertArrayEquals(new int[] { 0, 3, 1, 1, 1 }, new int[] { b.getShort(), b.getShort(), b.getInt(), b.getInt(), b.getInt() });
		try (Container c = FormatReaders.open(dir.resolve("out.n5"))) {
			assertEquals("4.0.0", c.metadata().get("n5"));
			final ChunkedArray a = c.array("g/data");
			assertArrayEquals(SHAPE, a.shape());
			assertArrayEquals(CHUNKS, a.chunkShape());
			final Object all = N5TestSupport.readAll(a);
			for (int i = 0; i < 105; i++) assertEquals(Array.get(value(dtype, i), 0), Array.get(all, i), dtype + " element " + i);
		}
	}

	// -- Helper methods --

	/** The clipped block at a C-order grid position, each element a function of its flat index. */
	private static Object block(final DType dtype, final long[] p) {
		final int[] shape = Chunks.clippedShape(SHAPE, CHUNKS, p);
		final Object out = dtype.allocate(Chunks.product(shape));
		int k = 0;
		for (int z = 0; z < shape[0]; z++) for (int y = 0; y < shape[1]; y++) for (int x = 0; x < shape[2]; x++) {
			final long i = ((p[0] * CHUNKS[0] + z) * SHAPE[1] + p[1] * CHUNKS[1] + y) * SHAPE[2] + p[2] * CHUNKS[2] + x;
			Array.set(out, k++, Array.get(value(dtype, i), 0));
		}
		return out;
	}

	/** One element derived from a flat index, spread over the whole range of the type. */
	private static Object value(final DType dtype, final long i) {
		final long v = (i + 1) * 0x9E3779B97F4A7C15L;
		return switch (dtype.storage()) {
			case BYTE -> new byte[] { (byte) (v >>> 56) };
			case SHORT -> new short[] { (short) (v >>> 48) };
			case INT -> new int[] { (int) (v >>> 32) };
			case LONG -> new long[] { v };
			case FLOAT -> new float[] { (v >> 40) / 7f };
			case DOUBLE -> new double[] { v / 3.0 };
			case NONE -> throw new IllegalStateException();
		};
	}
}
