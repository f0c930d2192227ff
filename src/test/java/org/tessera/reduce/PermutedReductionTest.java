package org.tessera.reduce;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.ForwardingChunkedArray;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.PermutedView;
import org.tessera.io.hdf5.Hdf5ArrayView;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reduction over a permuted view (EMD's reversed axes, a dropped singleton axis) reads the source
 * in its stored order, every chunk once, and gives exactly what the view's transposed chunks give; a
 * mask over axes shown in another order than stored falls back to the view's chunks.
 */
class PermutedReductionTest {

	static Stream<DType> types() {
		return Stream.of(DType.UINT16, DType.INT32, DType.FLOAT64, DType.COMPLEX64);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("types")
	void viewIsReducedThroughItsSource(final DType type) throws IOException {
		final MemoryChunkedArray source = source(type);
		final Hdf5ArrayView view = view(source);
		// NB: the view's own chunks are never read: every request maps onto the source's axes.
		final List<ReducedArray> fast = requests(new Unreadable(view), false).run(2, Progress.NONE, () -> false);
		assertEquals(ReducePass.chunkCount(source), source.totalReads(), "every source chunk read once");
		assertTrue(source.reads().values().stream().allMatch(c -> c.get() == 1));
		assertSame(requests(new Opaque(view), false).run(1, Progress.NONE, () -> false), fast);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("types")
	void maskOverPermutedAxesReadsTheView(final DType type) throws IOException {
		final Hdf5ArrayView view = view(source(type));
		final List<ReducedArray> mixed = requests(view, true).run(2, Progress.NONE, () -> false);
		assertSame(requests(new Opaque(view), true).run(1, Progress.NONE, () -> false), mixed);
	}

	private static MemoryChunkedArray source(final DType type) {
		return new MemoryChunkedArray(type, new long[] { 5, 1, 6, 7 }, new int[] { 2, 1, 4, 3 }, 11);
	}

	/** Shown axes (source 3, 0, 2): reversed-ish, with source axis 1 (length 1) dropped. */
	private static Hdf5ArrayView view(final ChunkedArray source) {
		return new Hdf5ArrayView(source, "v", new int[] { 3, 0, 2 }, List.of(Axis.named("a"), Axis.named("b"),
			Axis.named("c")), Map.of());
	}

	private static void assertSame(final List<ReducedArray> expected, final List<ReducedArray> got) {
		assertEquals(expected.size(), got.size());
		for (int r = 0; r < expected.size(); r++) {
			final ReducedArray f = got.get(r);
			final ReducedArray s = expected.get(r);
			assertEquals(s.name(), f.name());
			assertArrayEquals(s.shape(), f.shape(), s.name());
			assertEquals(s.axes(), f.axes(), s.name());
			if (s.data() instanceof long[] l) assertArrayEquals(l, (long[]) f.data(), s.name());
			else close((double[]) s.data(), (double[]) f.data(), s.name());
		}
	}

	/** Equal up to the rounding of another summation order. */
	private static void close(final double[] expected, final double[] got, final String what) {
		assertEquals(expected.length, got.length, what);
		for (int i = 0; i < expected.length; i++) assertEquals(expected[i], got[i], 1e-12 * Math.abs(expected[i]), what + " [" + i + "]");
	}

	/**
	 * Sums, means, extremes and a mask over axes kept in the source's order; with {@code permutedMask},
	 * also a mask over axes the view shows in another order than stored.
	 */
	private static Reduction requests(final ChunkedArray a, final boolean permutedMask) {
		final double[] w = new double[7 * 6];
		for (int i = 0; i < w.length; i++) w[i] = i % 3 == 0 ? 1 : 0.5 * i;
		final Reduction r = Reduction.over(a).sum(0).sum(1, 2).mean(2).sum(0, 2).sum(0, 1, 2)
			.weighted(new Mask(new int[] { 5, 6 }, Arrays.copyOf(w, 30)), 1, 2);
		if (permutedMask) r.weighted(new Mask(new int[] { 7, 6 }, w), 0, 2);
		if (a.dtype().kind() != DType.Kind.COMPLEX) r.max(1).min(0, 1);
		return r;
	}

	/** A view without its {@link PermutedView} face: reductions read its transposed chunks. */
	private static class Opaque extends ForwardingChunkedArray {

		final Hdf5ArrayView a;

		Opaque(final Hdf5ArrayView a) {
			super(a);
			this.a = a;
		}
	}

	/** A view whose own chunks must not be read. */
	private static final class Unreadable extends Opaque implements PermutedView {

		Unreadable(final Hdf5ArrayView a) {
			super(a);
		}

		@Override
		public ChunkedArray source() {
			return a.source();
		}

		@Override
		public int[] sourceAxes() {
			return a.sourceAxes();
		}

		@Override
		public Chunk readChunk(final long... position) {
			throw new AssertionError("view chunk " + Arrays.toString(position) + " read");
		}
	}
}
