package org.tessera.image;

/**
 * The one place where C order (numpy, Zarr, {@link org.tessera.io.ChunkedArray}: slowest axis
 * first) meets ImgLib2 order (fastest axis first). ImgLib2 dimension {@code d} of an
 * {@code n}-dimensional array is C-order axis {@code n - 1 - d}, so ImgLib2 dimension 0 is x.
 * <p>
 * A chunk's C-order element array is therefore exactly the flat array of an ImgLib2 cell whose
 * dimensions are the chunk shape reversed: no element is copied when a cell is built.
 * </p>
 */
public final class AxisOrder {

	private AxisOrder() {}

	/** The ImgLib2 dimension of C-order axis {@code axis} in an {@code n}-dimensional array. */
	public static int toImgLib(final int n, final int axis) {
		return n - 1 - axis;
	}

	/** The C-order axis of ImgLib2 dimension {@code d}; the mapping is its own inverse. */
	public static int toC(final int n, final int d) {
		return n - 1 - d;
	}

	/** Reverses a C-order shape or position into ImgLib2 order (or back). */
	public static long[] reverse(final long[] values) {
		final long[] r = new long[values.length];
		for (int d = 0; d < values.length; d++) r[d] = values[values.length - 1 - d];
		return r;
	}

	/** Reverses a C-order chunk shape into ImgLib2 cell dimensions (or back). */
	public static int[] reverse(final int[] values) {
		final int[] r = new int[values.length];
		for (int d = 0; d < values.length; d++) r[d] = values[values.length - 1 - d];
		return r;
	}
}
