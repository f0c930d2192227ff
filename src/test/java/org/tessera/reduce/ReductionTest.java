package org.tessera.reduce;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential test: several reductions in one pass equal {@link ReferenceReduction} over arrays of
 * 1 to 5 dimensions, every numeric type, non-dividing chunkings and random axis sets, on 1 to 3
 * threads; integer results are exact, and every chunk is read exactly once.
 */
class ReductionTest {

	private static final DType[] TYPES = { DType.BOOL, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16,
		DType.INT32, DType.UINT32, DType.INT64, DType.UINT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64,
		DType.COMPLEX64, DType.COMPLEX128 };

	private static final long[][] SHAPES = { { 11 }, { 7, 9 }, { 5, 6, 13 }, { 3, 4, 5, 6 }, { 2, 3, 2, 4, 5 },
		{ 1, 17 }, { 6, 1, 5 } };

	private static final int[][] CHUNKS = { { 4 }, { 3, 4 }, { 2, 4, 5 }, { 2, 3, 2, 4 }, { 1, 2, 2, 3, 2 },
		{ 1, 5 }, { 4, 1, 2 } };

	static Stream<Object[]> cases() {
		final List<Object[]> cases = new ArrayList<>();
		for (int t = 0; t < TYPES.length; t++) {
			for (int s = 0; s < SHAPES.length; s++) {
				cases.add(new Object[] { TYPES[t], SHAPES[s], CHUNKS[s], 1 + (t + s) % 3, (long) (t * 31 + s) });
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} chunks {2} threads {3}")
	@MethodSource("cases")
	void onePassEqualsReference(final DType type, final long[] shape, final int[] chunks, final int threads,
		final long seed) throws IOException
	{
		final MemoryChunkedArray a = new MemoryChunkedArray(type, shape, chunks, seed);
		final Random r = new Random(seed);
		final int n = shape.length;
		final int[][] sets = { { n - 1 }, { 0 }, all(n), randomSet(r, n), randomSet(r, n) };
		final Op[] ops = type.kind() == DType.Kind.COMPLEX ? new Op[] { Op.SUM, Op.MEAN, Op.WEIGHTED, Op.SUM, Op.MEAN }
			: new Op[] { Op.SUM, Op.MEAN, Op.MAX, Op.MIN, Op.WEIGHTED };
		final Reduction red = Reduction.over(a);
		final List<double[]> weights = new ArrayList<>();
		for (int i = 0; i < ops.length; i++) {
			final double[] w = ops[i] == Op.WEIGHTED ? randomWeights(r, shape, sets[i]) : null;
			weights.add(w);
			red.add(ops[i], sets[i], w == null ? null : new Mask(extents(shape, sets[i]), w));
		}
		final List<ReferenceReduction> refs = new ArrayList<>();
		for (int i = 0; i < ops.length; i++) refs.add(new ReferenceReduction(a, ops[i], sets[i], weights.get(i)));
		if (overflows(type, ops, refs)) {
			assertThrows(ArithmeticException.class, () -> red.run(threads, Progress.NONE, () -> false));
			return;
		}
		final List<ReducedArray> results = red.run(threads, Progress.NONE, () -> false);
		for (int i = 0; i < ops.length; i++) check(a, ops[i], sets[i], refs.get(i), results.get(i));
		assertEquals(ReducePass.chunkCount(a), a.reads().size());
		assertTrue(a.reads().values().stream().allMatch(c -> c.get() == 1), "every chunk read exactly once");
	}

	private static void check(final MemoryChunkedArray a, final Op op, final int[] set, final ReferenceReduction ref,
		final ReducedArray got)
	{
		assertArrayEquals(set, got.reducedAxes());
		assertArrayEquals(keptShape(a.shape(), set), got.shape());
		assertEquals(a.shape().length - set.length, got.axes().size());
		final boolean exact = a.dtype().isInteger() && (op == Op.SUM || op == Op.MAX || op == Op.MIN);
		if (exact) {
			final long[] l = (long[]) got.data();
			assertEquals(ref.exact.length, l.length);
			for (int i = 0; i < l.length; i++) {
				assertEquals(ref.exact[i], ReferenceReduction.unsigned(l[i], got.dtype()), op + " element " + i);
			}
			return;
		}
		final double[] d = (double[]) got.data();
		assertEquals(ref.values.length, d.length);
		for (int i = 0; i < d.length; i++) {
			final double tol = 1e-9 * (ref.magnitude[i] + 1);
			assertEquals(ref.values[i], d[i], tol, op + " element " + i);
		}
	}

	private static boolean overflows(final DType type, final Op[] ops, final List<ReferenceReduction> refs) {
		if (type != DType.INT64 && type != DType.UINT64) return false;
		final BigInteger lo = type == DType.UINT64 ? BigInteger.ZERO : BigInteger.valueOf(Long.MIN_VALUE);
		final BigInteger hi = type == DType.UINT64 ? BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)
			: BigInteger.valueOf(Long.MAX_VALUE);
		for (int i = 0; i < ops.length; i++) {
			if (ops[i] != Op.SUM) continue;
			for (final BigInteger b : refs.get(i).exact) if (b.compareTo(lo) < 0 || b.compareTo(hi) > 0) return true;
		}
		return false;
	}

	// -- Helper methods --

	static int[] all(final int n) {
		return java.util.stream.IntStream.range(0, n).toArray();
	}

	private static int[] randomSet(final Random r, final int n) {
		final int[] s = java.util.stream.IntStream.range(0, n).filter(d -> r.nextBoolean()).toArray();
		return s.length == 0 ? new int[] { r.nextInt(n) } : s;
	}

	static int[] extents(final long[] shape, final int[] set) {
		return Arrays.stream(set).map(d -> (int) shape[d]).toArray();
	}

	private static double[] randomWeights(final Random r, final long[] shape, final int[] set) {
		final double[] w = new double[Arrays.stream(extents(shape, set)).reduce(1, (x, y) -> x * y)];
		for (int i = 0; i < w.length; i++) w[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
		return w;
	}

	private static long[] keptShape(final long[] shape, final int[] set) {
		return java.util.stream.IntStream.range(0, shape.length).filter(d -> Arrays.binarySearch(set, d) < 0)
			.mapToLong(d -> shape[d]).toArray();
	}
}
