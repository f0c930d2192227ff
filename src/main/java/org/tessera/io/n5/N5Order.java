package org.tessera.io.n5;

/**
 * The one place where N5's axis order meets Tessera's. N5 lists {@code dimensions},
 * {@code blockSize}, block headers, block paths and per-axis attributes fastest axis first; Tessera
 * reports C order (slowest first). The conversion is a reversal, which is its own inverse, so the
 * same methods convert both ways.
 * <p>
 * NB: no element transposition is ever needed: a block's elements are stored with the first N5
 * axis fastest, which is exactly C order of the reversed shape.
 * </p>
 */
public final class N5Order {

	private N5Order() {}

	/** Reverses an N5-order array to C order (or a C-order one to N5 order). */
	public static long[] reverse(final long[] a) {
		final long[] out = new long[a.length];
		for (int d = 0; d < a.length; d++) out[d] = a[a.length - 1 - d];
		return out;
	}

	/** Reverses an N5-order array to C order (or a C-order one to N5 order). */
	public static int[] reverse(final int[] a) {
		final int[] out = new int[a.length];
		for (int d = 0; d < a.length; d++) out[d] = a[a.length - 1 - d];
		return out;
	}

	/** Reverses a list given in N5 order to C order (or back). */
	public static <T> java.util.List<T> reverse(final java.util.List<T> a) {
		final java.util.List<T> out = new java.util.ArrayList<>(a);
		java.util.Collections.reverse(out);
		return out;
	}

	/**
	 * The key of a block: the dataset key, then the grid position in N5 order, '/'-separated.
	 *
	 * @param position the grid position, C order
	 */
	public static String blockKey(final String dataset, final long[] position) {
		final StringBuilder sb = new StringBuilder(dataset);
		for (int d = position.length - 1; d >= 0; d--) {
			if (!sb.isEmpty()) sb.append('/');
			sb.append(position[d]);
		}
		return sb.toString();
	}
}
