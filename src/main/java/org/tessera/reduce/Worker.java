package org.tessera.reduce;

import org.tessera.io.Chunk;
import org.tessera.io.DType;

import java.util.List;

/**
 * One worker thread's state for a multi-reduction pass: a row buffer and one {@link Accumulator}
 * per reduction. Each chunk is walked once, row by row along its innermost axis; every row is
 * widened once and folded into every reduction, so several results cost one read of the data.
 */
final class Worker {

	private final List<Layout> layouts;
	final Accumulator[] accumulators;
	private final Row row;
	private final int rowAxis;
	private final int components;
	private final int[] order;

	Worker(final List<Spec> specs, final List<Layout> layouts, final DType type, final int rowAxis) {
		this.layouts = layouts;
		this.accumulators = new Accumulator[specs.size()];
		for (int r = 0; r < accumulators.length; r++) {
			accumulators[r] = Accumulator.create(specs.get(r), layouts.get(r), type);
		}
		this.row = new Row(type);
		this.rowAxis = rowAxis;
		this.components = type.components();
		this.order = order(layouts, rowAxis);
	}

	/** Folds every row of one chunk into every reduction. */
	void add(final Chunk chunk, final int[] nominal) {
		final int[] extent = extent(chunk.shape());
		final int len = extent[rowAxis];
		final int k = accumulators.length;
		final int[] out = new int[k];
		final int[] weight = new int[k];
		for (int r = 0; r < k; r++) {
			final Layout l = layouts.get(r);
			for (int d = 0; d < chunk.position().length; d++) {
				final long origin = chunk.position()[d] * nominal[d];
				out[r] += (int) (origin * l.outStride[d]);
				weight[r] += (int) (origin * l.weightStride[d]);
			}
		}
		final int[] index = new int[rowAxis];
		final int[] stride = strides(extent);
		final long rows = rowCount(extent, rowAxis);
		final int[] off = new int[1];
		for (long i = 0; i < rows; i++) {
			row.load(chunk.data(), off[0], len);
			for (int r = 0; r < k; r++) accumulators[r].add(row, out[r], weight[r]);
			step(index, extent, stride, off, out, weight);
		}
	}

	/**
	 * Advances the row odometer over the outer axes in {@link #order}, moving the data offset and
	 * every reduction's offsets along.
	 */
	private void step(final int[] index, final int[] extent, final int[] stride, final int[] off, final int[] out,
		final int[] weight)
	{
		for (int o = order.length - 1; o >= 0; o--) {
			final int d = order[o];
			index[d]++;
			final boolean wrap = index[d] == extent[d];
			final int steps = wrap ? 1 - extent[d] : 1;
			off[0] += steps * stride[d];
			for (int r = 0; r < out.length; r++) {
				final Layout l = layouts.get(r);
				out[r] += steps * l.outStride[d];
				weight[r] += steps * l.weightStride[d];
			}
			if (!wrap) return;
			index[d] = 0;
		}
	}

	/**
	 * The order rows are walked in: the kept outer axes of the reduction with the largest output
	 * first, its reduced axes last. NB: its output rows then stay in cache while every row that adds
	 * into them passes (a 4D-STEM mean pattern is 512 KiB; walked in C order it is swept once per
	 * scan position).
	 */
	private static int[] order(final List<Layout> layouts, final int rowAxis) {
		final Layout big = layouts.stream().max(java.util.Comparator.comparingInt(l -> l.size)).orElseThrow();
		return java.util.stream.IntStream.concat(
			java.util.stream.IntStream.range(0, rowAxis).filter(d -> big.outStride[d] != 0),
			java.util.stream.IntStream.range(0, rowAxis).filter(d -> big.outStride[d] == 0)).toArray();
	}

	/** The C-order primitive strides of a chunk's extent (the component axis included). */
	private static int[] strides(final int[] extent) {
		final int[] s = new int[extent.length];
		int n = 1;
		for (int d = extent.length - 1; d >= 0; d--) {
			s[d] = n;
			n *= extent[d];
		}
		return s;
	}

	/** The chunk's extent over the source axes plus the component axis. */
	private int[] extent(final int[] shape) {
		final int[] e = java.util.Arrays.copyOf(shape, shape.length + 1);
		e[shape.length] = components;
		return e;
	}

	/** The number of rows: the product of the extents before the row axis. */
	private static long rowCount(final int[] extent, final int upTo) {
		long n = 1;
		for (int d = 0; d < upTo; d++) n *= extent[d];
		return n;
	}
}
