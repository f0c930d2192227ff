package org.tessera.reduce;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.PermutedView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a pass really reads: a reduction over a {@link PermutedView} runs on the view's source in
 * its stored axis order, each request's axes mapped to source axes (dropped singleton axes reduced
 * too), and each small result is transposed back into the view's order at the end.
 * NB: transposing every chunk of a 2 GiB EMD cube (stored reversed, shown as hyperspy shows it)
 * cost more than reading and summing it; transposing a 512×512 result costs nothing.
 */
final class SourceOrder {

	final ChunkedArray source;
	final List<Spec> specs;
	/** Per request, the numpy transpose taking its source-order result to the view's order (null: none). */
	private final int[][] perms;

	private SourceOrder(final ChunkedArray source, final List<Spec> specs, final int[][] perms) {
		this.source = source;
		this.specs = specs;
		this.perms = perms;
	}

	/** The plan for {@code specs} over {@code a}: its source when a is a view, else a itself. */
	static SourceOrder of(final ChunkedArray a, final List<Spec> specs) {
		final SourceOrder same = new SourceOrder(a, specs, new int[specs.size()][]);
		if (!(a instanceof PermutedView v)) return same;
		final int[] keep = v.sourceAxes();
		final List<Spec> mapped = new ArrayList<>();
		final int[][] perms = new int[specs.size()][];
		for (int r = 0; r < specs.size(); r++) {
			final Spec s = specs.get(r);
			final int[] axes = Arrays.stream(s.axes()).map(d -> keep[d]).toArray();
			// NB: a mask's weights are laid out in the view's order of its axes; keep it only when that is the source's.
			if (s.op() == Op.WEIGHTED && !ascending(axes)) return same;
			mapped.add(new Spec(s.name(), s.op(), reduced(axes, keep, v.source().numDimensions()), s.mask()));
			perms[r] = resultOrder(keep, s.axes());
		}
		return new SourceOrder(v.source(), List.copyOf(mapped), perms);
	}

	/** Request {@code r}'s source-order result (of shape {@code shape}) in the view's order. */
	Object toView(final int r, final DType type, final Object data, final long[] shape) {
		if (perms[r] == null) return data;
		return Chunks.transpose(type, data, Arrays.stream(shape).mapToInt(Math::toIntExact).toArray(), perms[r]);
	}

	// -- Helper methods --

	/** The source axes reduced: the mapped ones and every source axis the view drops. */
	private static int[] reduced(final int[] mapped, final int[] keep, final int rank) {
		return IntStream.range(0, rank).filter(d -> contains(mapped, d) || !contains(keep, d)).toArray();
	}

	/** For each kept view axis, ascending, its rank among the kept source axes. */
	private static int[] resultOrder(final int[] keep, final int[] reducedView) {
		final int[] kept = IntStream.range(0, keep.length).filter(k -> !contains(reducedView, k)).map(k -> keep[k]).toArray();
		final int[] sorted = kept.clone();
		Arrays.sort(sorted);
		return Arrays.stream(kept).map(d -> Arrays.binarySearch(sorted, d)).toArray();
	}

	private static boolean ascending(final int[] a) {
		for (int i = 1; i < a.length; i++) if (a[i] <= a[i - 1]) return false;
		return true;
	}

	private static boolean contains(final int[] a, final int v) {
		for (final int x : a) if (x == v) return true;
		return false;
	}
}
