package org.tessera.io.zarr;

import org.tessera.io.Chunks;
import org.tessera.io.DType;

/**
 * Static helpers to copy C-order boxes between primitive arrays of different shapes: pasting an
 * inner chunk into its shard, and cutting it out again when writing.
 */
public final class Boxes {

	private Boxes() {}

	/** Copies all of {@code src} (shape {@code srcShape}) into {@code dst} (shape {@code dstShape}) at {@code origin}. */
	public static void paste(final DType type, final Object src, final int[] srcShape, final Object dst,
		final int[] dstShape, final int[] origin)
	{
		copyRows(type, src, srcShape, dst, dstShape, origin, true);
	}

	/** Copies the box at {@code origin} of shape {@code boxShape} out of {@code src} (shape {@code srcShape}). */
	public static Object extract(final DType type, final Object src, final int[] srcShape, final int[] origin,
		final int[] boxShape)
	{
		final Object out = type.allocate(Chunks.product(boxShape));
		copyRows(type, out, boxShape, src, srcShape, origin, false);
		return out;
	}

	/** Walks the rows of the small box; {@code intoBig} says which way they are copied. */
	private static void copyRows(final DType type, final Object small, final int[] smallShape, final Object big,
		final int[] bigShape, final int[] origin, final boolean intoBig)
	{
		final int n = smallShape.length;
		final int count = Chunks.product(smallShape);
		if (count == 0) return;
		if (n == 0) {
			System.arraycopy(intoBig ? small : big, 0, intoBig ? big : small, 0, type.components());
			return;
		}
		final int c = type.components();
		final int row = smallShape[n - 1] * c;
		final int[] pos = new int[n];
		for (int r = 0; r < count / smallShape[n - 1]; r++) {
			int b = 0;
			for (int d = 0; d < n; d++) b = b * bigShape[d] + origin[d] + (d < n - 1 ? pos[d] : 0);
			if (intoBig) System.arraycopy(small, r * row, big, b * c, row);
			else System.arraycopy(big, b * c, small, r * row, row);
			for (int d = n - 2; d >= 0; d--) {
				if (++pos[d] < smallShape[d]) break;
				pos[d] = 0;
			}
		}
	}
}
