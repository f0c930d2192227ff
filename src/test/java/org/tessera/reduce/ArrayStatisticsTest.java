package org.tessera.reduce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential test: streaming statistics equal a plain computation over the whole array held in
 * memory, for many shapes, chunkings, types, thread counts and slab budgets (tiny budgets force the
 * sub-slab path that re-reads chunks).
 */
class ArrayStatisticsTest {

	static Stream<Object[]> cases() {
		final DType[] types = { DType.UINT8, DType.INT16, DType.UINT16, DType.INT32, DType.UINT32, DType.INT64,
			DType.UINT64, DType.FLOAT32, DType.FLOAT64, DType.FLOAT16, DType.COMPLEX64, DType.BOOL };
		final long[][] shapes = { { 7 }, { 5, 7 }, { 9, 10, 11 }, { 3, 4, 5, 6 }, { 1, 1 }, { 13, 1, 17 } };
		final int[][] chunks = { { 3 }, { 2, 3 }, { 4, 3, 5 }, { 2, 3, 2, 4 }, { 1, 1 }, { 5, 1, 4 } };
		final long[] budgets = { 1L << 20, 64, 1 };
		final Random r = new Random(1);
		return Stream.iterate(0, i -> i + 1).limit(60).map(i -> {
			final int s = i % shapes.length;
			return new Object[] { types[r.nextInt(types.length)], shapes[s], chunks[s], budgets[i % 3], 1 + i % 2 };
		});
	}

	@ParameterizedTest(name = "{0} {1} chunks {2} budget {3} threads {4}")
	@MethodSource("cases")
	void streamingEqualsWholeArray(final DType type, final long[] shape, final int[] chunk, final long budget,
		final int threads) throws IOException
	{
		final InMemoryArray a = new InMemoryArray(type, shape, chunk, 42);
		final Statistics s = new ArrayStatistics(threads, budget).of(a);
		assertEquals(sha256(a), s.sha256());
		assertEquals(a.count(), s.count());
		final PartialStatistics ref = new PartialStatistics(type);
		ref.add(a.all());
		final Statistics e = ref.result(s.sha256());
		assertEquals(e.integerSum(), s.integerSum());
		assertEquals(e.sum(), s.sum(), 1e-9 * Math.max(1, Math.abs(e.sum())));
		assertEquals(e.min(), s.min());
		assertEquals(e.max(), s.max());
		final Statistics unordered = new ArrayStatistics(threads, budget, false).of(a);
		assertEquals(null, unordered.sha256());
		assertEquals(e.integerSum(), unordered.integerSum());
		assertEquals(e.sum(), unordered.sum(), 1e-9 * Math.max(1, Math.abs(e.sum())));
		assertEquals(e.min(), unordered.min());
		assertEquals(e.max(), unordered.max());
	}

	/**
	 * The vectorised integer kernels against plain arithmetic on the decoded values, with each type's
	 * extremes at varying positions and chunk lengths that leave every kind of loop tail.
	 */
	@Test
	void integerChunksGiveTheSumMinAndMaxOfTheirValuesAtEveryExtreme() {
		final Random r = new Random(5);
		for (final DType type : new DType[] { DType.INT8, DType.UINT8, DType.BOOL, DType.INT16, DType.UINT16,
			DType.INT32, DType.UINT32 }) {
			for (final int n : new int[] { 0, 1, 2, 7, 15, 16, 17, 31, 33, 64, 127, 1000, 4099 }) {
				final Object data = type.allocate(n);
				final long[] values = new long[n];
				for (int i = 0; i < n; i++) {
					// all ones (-1 or the unsigned maximum), the sign bit alone (the signed minimum), the signed maximum, 0
					final long sign = 1L << (8 * type.size() - 1);
					final long bits = switch (r.nextInt(5)) {
						case 0 -> -1L;
						case 1 -> sign;
						case 2 -> sign - 1;
						case 3 -> 0;
						default -> r.nextLong();
					};
					values[i] = put(type, data, i, bits);
				}
				final PartialStatistics p = new PartialStatistics(type);
				p.add(data);
				final Statistics st = p.result(null);
				BigInteger sum = BigInteger.ZERO;
				long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
				for (final long v : values) {
					sum = sum.add(BigInteger.valueOf(v));
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				}
				final String what = type + " n " + n;
				assertEquals(sum, st.integerSum(), what);
				assertEquals(n == 0 ? Double.NaN : (double) lo, st.min(), what);
				assertEquals(n == 0 ? Double.NaN : (double) hi, st.max(), what);
			}
		}
	}

	/** Stores the low bits of {@code bits} as element {@code i} and returns the element's value. */
	private static long put(final DType type, final Object data, final int i, final long bits) {
		final boolean unsigned = type.kind() != DType.Kind.INT;
		switch (type.storage()) {
			case BYTE -> {
				final byte b = type == DType.BOOL ? (byte) (bits & 1) : (byte) bits;
				((byte[]) data)[i] = b;
				return unsigned ? b & 0xff : b;
			}
			case SHORT -> {
				((short[]) data)[i] = (short) bits;
				return unsigned ? bits & 0xffff : (short) bits;
			}
			case INT -> {
				((int[]) data)[i] = (int) bits;
				return unsigned ? bits & 0xffffffffL : (int) bits;
			}
			default -> throw new IllegalArgumentException(type.toString());
		}
	}

	@Test
	void exactIntegerSumsAndMeanForKnownValues() throws IOException {
		final InMemoryArray a = new InMemoryArray(DType.UINT16, new long[] { 3, 4 }, new int[] { 2, 3 }, 0);
		final short[] v = (short[]) a.all();
		for (int i = 0; i < v.length; i++) v[i] = (short) (65535 - i);
		final Statistics s = ArrayStatistics.compute(a);
		assertEquals(BigInteger.valueOf(12 * 65535L - 66), s.integerSum());
		assertEquals(65524, s.min());
		assertEquals(65535, s.max());
		assertEquals((12 * 65535.0 - 66) / 12, s.mean(), 1e-12);
	}

	@Test
	void nansAreCountedAndIgnored() throws IOException {
		final InMemoryArray a = new InMemoryArray(DType.FLOAT64, new long[] { 4 }, new int[] { 3 }, 0);
		final double[] v = (double[]) a.all();
		System.arraycopy(new double[] { 1, Double.NaN, -2, 5 }, 0, v, 0, 4);
		final Statistics s = ArrayStatistics.compute(a);
		assertEquals(1, s.nanCount());
		assertEquals(4.0, s.sum());
		assertEquals(-2, s.min());
		assertEquals(4.0 / 3, s.mean(), 1e-15);
	}

	@Test
	void refusesNonNumericTypesNamingTheFile() {
		final InMemoryArray a = new InMemoryArray(DType.unreadable("|S10", DType.Kind.STRING, 10), new long[] { 2 },
			new int[] { 2 }, 0);
		final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> ArrayStatistics.compute(a));
		assertTrue(e.getMessage().contains("memory:test") && e.getMessage().contains("|S10"), e.getMessage());
	}

	private static String sha256(final InMemoryArray a) throws IOException {
		try {
			final MessageDigest md = MessageDigest.getInstance("SHA-256");
			md.update(Chunks.encode(a.dtype(), a.all(), ByteOrder.LITTLE_ENDIAN));
			return HexFormat.of().formatHex(md.digest());
		}
		catch (final java.security.NoSuchAlgorithmException e) {
			throw new IOException(e);
		}
	}

	/**
	 * A whole array in memory, served chunk by chunk (test reference).
	 * NB: not MemoryChunkedArray, whose content is generated: tests here overwrite {@link #all()}
	 * with chosen values (NaNs, extremes).
	 */
	static final class InMemoryArray extends AbstractChunkedArray {

		private final Object data;

		InMemoryArray(final DType type, final long[] shape, final int[] chunk, final long seed) {
			super("test", Location.of(Path.of("memory:test")), shape, chunk, type, List.of(), Map.of());
			int n = 1;
			for (final long s : shape) n *= (int) s;
			this.data = type.isNumeric() ? random(type, n, seed) : null;
		}

		private static Object random(final DType type, final int n, final long seed) {
			final Random r = new Random(seed);
			final byte[] bytes = new byte[n * type.size()];
			r.nextBytes(bytes);
			if (type == DType.BOOL) for (int i = 0; i < n; i++) bytes[i] &= 1;
			final Object o = Chunks.decode(type, bytes, 0, n, ByteOrder.LITTLE_ENDIAN);
			if (o instanceof float[] f) for (int i = 0; i < f.length; i++) f[i] = r.nextFloat() * 100 - 50;
			if (o instanceof double[] d) for (int i = 0; i < d.length; i++) d[i] = r.nextGaussian() * 1e6;
			if (type == DType.FLOAT16) {
				final short[] h = (short[]) o;
				for (int i = 0; i < h.length; i++) h[i] = Float.floatToFloat16(r.nextFloat() * 10 - 5);
			}
			return o;
		}

		Object all() {
			return data;
		}

		long count() {
			return elementCount();
		}

		@Override
		public Chunk readChunk(final long... position) {
			final long[] shape = shape();
			final int[] chunk = chunkShape();
			final DType type = dtype();
			final int[] full = new int[shape.length];
			for (int d = 0; d < shape.length; d++) full[d] = (int) shape[d];
			final int[] box = Chunks.clippedShape(shape, chunk, position);
			final int[] off = new int[shape.length];
			for (int d = 0; d < shape.length; d++) off[d] = (int) (position[d] * chunk[d]);
			final Object out = type.allocate(Chunks.product(box));
			final int c = type.components();
			SlabPlan.forEachRow(full, off, box, box, new int[shape.length], (src, dst, len) -> System.arraycopy(data,
				src * c, out, dst * c, len * c));
			return new Chunk(position.clone(), box, out);
		}
	}
}
