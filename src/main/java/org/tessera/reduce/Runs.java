package org.tessera.reduce;

import java.util.ArrayList;
import java.util.List;

/**
 * A binary (0/1) mask as runs of ones per mask row (along the innermost weighted axis). A disc has
 * one run per row and an annulus at most two, so a virtual detector sums a few contiguous stretches
 * of each data row and skips the zeros entirely.
 */
final class Runs {

	private final int width;
	private final int[][] starts;
	private final int[][] ends;

	private Runs(final int width, final int[][] starts, final int[][] ends) {
		this.width = width;
		this.starts = starts;
		this.ends = ends;
	}

	/** The runs of a mask whose weights are all 0 or 1, or null for any other mask. */
	static Runs of(final double[] weights, final int width) {
		for (final double w : weights) if (w != 0 && w != 1) return null;
		if (width == 0) return null;
		final int rows = weights.length / width;
		final int[][] s = new int[rows][];
		final int[][] e = new int[rows][];
		for (int r = 0; r < rows; r++) {
			final List<int[]> runs = new ArrayList<>();
			for (int x = 0; x < width; x++) {
				if (weights[r * width + x] == 0) continue;
				final int start = x;
				while (x < width && weights[r * width + x] == 1) x++;
				runs.add(new int[] { start, x });
			}
			s[r] = runs.stream().mapToInt(a -> a[0]).toArray();
			e[r] = runs.stream().mapToInt(a -> a[1]).toArray();
		}
		return new Runs(width, s, e);
	}

	/** The exact sum of a 16-bit data row whose first element has weight index {@code w0}. */
	long sum(final short[] a, final int off, final int len, final int w0, final boolean unsigned) {
		final int row = w0 / width;
		final int col = w0 % width;
		long s = 0;
		for (int i = 0; i < starts[row].length; i++) {
			final int from = Math.max(starts[row][i], col);
			final int to = Math.min(ends[row][i], col + len);
			if (from < to) s += Direct.sum(a, off + from - col, to - from, unsigned);
		}
		return s;
	}
}
