package org.tessera.reduce;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each source element lands in one reduction's output and which weight it takes.
 * <p>
 * Geometry is over {@code n + 1} dimensions: the source axes plus a trailing component axis
 * (length 2 for complex types, 1 otherwise) that is always kept, so complex values need no special
 * kernels. An element at global position {@code g} adds into output primitive
 * {@code Σ g[d]·outStride[d]} with weight {@code Σ g[d]·weightStride[d]}; reduced axes have output
 * stride 0 and unweighted axes weight stride 0.
 * </p>
 */
final class Layout {

	/** What happens along the innermost (row) axis of a chunk. */
	enum Inner {
		/** kept: each row element goes to its own output element */
		KEPT,
		/** reduced: a whole row adds into one output element */
		REDUCED,
		/** weighted: a whole row is dotted with a row of weights */
		WEIGHTED
	}

	final int[] outStride;
	final int[] weightStride;
	final long[] shape;
	final List<Axis> axes;
	final int size;
	final long count;
	final Inner inner;
	/** The source extent of the row axis. */
	final int rowWidth;

	private Layout(final int[] outStride, final int[] weightStride, final long[] shape, final List<Axis> axes,
		final int size, final long count, final Inner inner, final int rowWidth)
	{
		this.outStride = outStride;
		this.weightStride = weightStride;
		this.shape = shape;
		this.axes = axes;
		this.size = size;
		this.count = count;
		this.inner = inner;
		this.rowWidth = rowWidth;
	}

	/** The layout of {@code spec} over {@code a} (axes already validated). */
	static Layout of(final ChunkedArray a, final Spec spec, final long maxElements) {
		final long[] src = a.shape();
		final int n = src.length;
		final boolean[] reduced = new boolean[n + 1];
		for (final int d : spec.axes()) reduced[d] = true;
		final int[] out = new int[n + 1];
		final int[] weight = new int[n + 1];
		long stride = a.dtype().components();
		long wstride = 1;
		long count = 1;
		out[n] = 1;
		for (int d = n - 1; d >= 0; d--) {
			if (reduced[d]) {
				count *= src[d];
				if (spec.op() == Op.WEIGHTED) weight[d] = (int) wstride;
				wstride *= src[d];
				continue;
			}
			out[d] = (int) stride;
			stride *= src[d];
			if (stride > maxElements * a.dtype().components()) throw tooLarge(a, spec, maxElements);
		}
		final int row = rowAxis(a);
		final Inner inner = row == n || !reduced[row] ? Inner.KEPT
			: spec.op() == Op.WEIGHTED ? Inner.WEIGHTED : Inner.REDUCED;
		return new Layout(out, weight, keptShape(src, reduced), keptAxes(a.axes(), reduced), (int) stride, count,
			inner, row < n ? (int) src[row] : a.dtype().components());
	}

	/**
	 * The axis chunks are walked along in rows: the last source axis, or the component axis for
	 * complex types and 0-d arrays. NB: complex rows are two primitives long: correct, not fast.
	 */
	static int rowAxis(final ChunkedArray a) {
		final int n = a.numDimensions();
		return a.dtype().components() > 1 || n == 0 ? n : n - 1;
	}

	private static long[] keptShape(final long[] src, final boolean[] reduced) {
		return java.util.stream.IntStream.range(0, src.length).filter(d -> !reduced[d]).mapToLong(d -> src[d]).toArray();
	}

	private static List<Axis> keptAxes(final List<Axis> axes, final boolean[] reduced) {
		final List<Axis> kept = new ArrayList<>();
		for (int d = 0; d < axes.size(); d++) if (!reduced[d]) kept.add(axes.get(d));
		return List.copyOf(kept);
	}

	private static IllegalArgumentException tooLarge(final ChunkedArray a, final Spec spec, final long max) {
		return new IllegalArgumentException(a.location() + " [" + a.name() + "]: the result of " + spec.name()
			+ " over axes " + Arrays.toString(spec.axes()) + " would have more than " + max
			+ " elements; reduce over more axes");
	}
}
