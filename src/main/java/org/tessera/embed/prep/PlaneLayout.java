package org.tessera.embed.prep;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;

import java.util.Locale;
import java.util.Set;

/**
 * Where the plane lies in an array: the row and column axes, an optional trailing RGB(A) axis, and
 * the leading axes that select one plane.
 *
 * @param yAxis the row axis
 * @param xAxis the column axis
 * @param channelAxis the trailing colour axis, or -1 for grey
 * @param channels samples per pixel in the plane: 1, or 3 for RGB (alpha is dropped)
 */
record PlaneLayout(int yAxis, int xAxis, int channelAxis, int channels) {

	private static final Set<String> COLOUR_NAMES = Set.of("c", "ch", "channel", "channels", "rgb", "rgba", "s",
		"sample", "samples", "color", "colour");

	/** The layout of {@code a}: its last two axes, or the two before a trailing RGB axis. */
	static PlaneLayout of(final ChunkedArray a) {
		final long[] shape = a.shape();
		final int r = shape.length;
		if (r < 2) throw new IllegalArgumentException(a.location() + ": array '" + a.name() + "' has " + r
			+ " axes; a plane needs at least 2");
		if (r >= 3 && isColour(a.axes().get(r - 1), shape[r - 1])) return new PlaneLayout(r - 3, r - 2, r - 1, 3);
		return new PlaneLayout(r - 2, r - 1, -1, 1);
	}

	/** NB: a last axis of 3 or 4 samples is colour only when its name or type says so. */
	static boolean isColour(final Axis axis, final long size) {
		if (size != 3 && size != 4) return false;
		return axis.type().equals("channel") || COLOUR_NAMES.contains(axis.name().toLowerCase(Locale.ROOT));
	}

	/** The number of leading axes (those before the plane). */
	int leading() {
		return yAxis;
	}

	/** The leading indices: {@code index} checked against the shape, or the middle of each axis. */
	long[] leadingIndex(final ChunkedArray a, final long[] index) {
		final long[] shape = a.shape();
		if (index == null) {
			final long[] mid = new long[leading()];
			for (int d = 0; d < mid.length; d++) mid[d] = shape[d] / 2;
			return mid;
		}
		if (index.length != leading()) throw new IllegalArgumentException(a.location() + ": array '" + a.name()
			+ "' has " + leading() + " leading axes, got an index of " + index.length);
		for (int d = 0; d < index.length; d++) {
			if (index[d] < 0 || index[d] >= shape[d]) throw new IllegalArgumentException(a.location()
				+ ": index " + index[d] + " is outside axis " + d + " of size " + shape[d]);
		}
		return index.clone();
	}

}
