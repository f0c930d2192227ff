package org.tessera.io.tiff;

/**
 * Undoes TIFF predictors in place: horizontal differencing (2) on decoded integer elements, and
 * the floating-point predictor (3) on the bytes of each row.
 */
final class Predictors {

	private Predictors() {}

	/**
	 * Horizontal differencing: each element of a row holds its difference to the element
	 * {@code stride} (samples per pixel) before it; integer overflow wraps, as the writer's did.
	 */
	static void horizontal(final Object data, final int perRow, final int rows, final int stride) {
		for (int r = 0; r < rows; r++) {
			final int from = r * perRow + stride, to = (r + 1) * perRow;
			switch (data) {
				case byte[] a -> { for (int i = from; i < to; i++) a[i] += a[i - stride]; }
				case short[] a -> { for (int i = from; i < to; i++) a[i] += a[i - stride]; }
				case int[] a -> { for (int i = from; i < to; i++) a[i] += a[i - stride]; }
				case long[] a -> { for (int i = from; i < to; i++) a[i] += a[i - stride]; }
				default -> throw new IllegalArgumentException("horizontal predictor on " + data.getClass().getSimpleName());
			}
		}
	}

	/**
	 * The floating-point predictor: per row, bytes are differenced with {@code stride}, and hold
	 * the most significant byte of every element first, then the next byte plane. Afterwards the
	 * row holds its elements big-endian.
	 */
	static void floatingPoint(final byte[] bytes, final int rowBytes, final int rows, final int stride, final int size) {
		final byte[] tmp = new byte[rowBytes];
		final int n = rowBytes / size;
		for (int r = 0; r < rows; r++) {
			final int start = r * rowBytes;
			for (int i = start + stride; i < start + rowBytes; i++) bytes[i] += bytes[i - stride];
			System.arraycopy(bytes, start, tmp, 0, rowBytes);
			for (int i = 0; i < n; i++) {
				for (int b = 0; b < size; b++) bytes[start + i * size + b] = tmp[b * n + i];
			}
		}
	}
}
