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

	final Accumulator[] accumulators;
	private final Row row;
	private final int rowAxis;
	private final int components;
	private final int[] order;
	/** The accumulators in the order rows are folded into them: those computing row sums first. */
	private final Accumulator[] sequence;
	/** Per source axis, per accumulator in {@link #sequence}: its output and weight strides. */
	private final int[][] outStride;
	private final int[][] weightStride;

	Worker(final List<Spec> specs, final List<Layout> layouts, final DType type, final int rowAxis) {
		this.accumulators = new Accumulator[specs.size()];
		for (int r = 0; r < accumulators.length; r++) {
			accumulators[r] = Accumulator.create(specs.get(r), layouts.get(r), type);
		}
		this.row = new Row(type);
		this.rowAxis = rowAxis;
		this.components = type.components();
		this.order = order(layouts, rowAxis);
		final Integer[] seq = java.util.stream.IntStream.range(0, accumulators.length).boxed()
			.sorted(java.util.Comparator.comparing(r -> !accumulators[r].sumsRows())).toArray(Integer[]::new);
		this.sequence = new Accumulator[seq.length];
		final int dims = layouts.getFirst().outStride.length;
		this.outStride = new int[dims][seq.length];
		this.weightStride = new int[dims][seq.length];
		for (int i = 0; i < seq.length; i++) {
			sequence[i] = accumulators[seq[i]];
			for (int d = 0; d < dims; d++) {
				outStride[d][i] = sequence[i].layout.outStride[d];
				weightStride[d][i] = sequence[i].layout.weightStride[d];
			}
		}
	}

	/** Folds every row of one chunk into every reduction. */
	void add(final Chunk chunk, final int[] nominal) {
		final int[] extent = extent(chunk.shape());
		final int len = extent[rowAxis];
		final int k = sequence.length;
		final int[] out = new int[k];
		final int[] weight = new int[k];
		for (int r = 0; r < k; r++) {
			for (int d = 0; d < chunk.position().length; d++) {
				final long origin = chunk.position()[d] * nominal[d];
				out[r] += (int) (origin * outStride[d][r]);
				weight[r] += (int) (origin * weightStride[d][r]);
			}
		}
		final int[] index = new int[rowAxis];
		final int[] stride = strides(extent);
		final int rows = rowCount(extent, rowAxis);
		final int[] off = new int[1];
		// NB: an int counter: C2 (JDK 25) leaves the row kernels scalar inside a long-counted loop (3x slower).
		for (int i = 0; i < rows; i++) {
			row.load(chunk.data(), off[0], len);
			for (int r = 0; r < k; r++) sequence[r].add(row, out[r], weight[r]);
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
			final int[] os = outStride[d];
			final int[] ws = weightStride[d];
			for (int r = 0; r < out.length; r++) {
				out[r] += steps * os[r];
				weight[r] += steps * ws[r];
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

	/** The number of rows: the product of the extents before the row axis (a chunk holds fewer than 2^31 primitives). */
	private static int rowCount(final int[] extent, final int upTo) {
		int n = 1;
		for (int d = 0; d < upTo; d++) n *= extent[d];
		return n;
	}
}
