package org.tessera.io.dm;

/**
 * Unpacks DM's packed complex FFT rows (data types 27 and 28) as hyperspy does: a stored row holds
 * {@code P = cols / 2 + 1} complex values {@code p}; the full row is {@code p} reversed followed by the
 * conjugates of {@code p[1 .. P-2]}.
 */
final class DmPacked {

	private DmPacked() {}

	/**
	 * @param packed {@code rows * P} interleaved complex values (float[] or double[])
	 * @param full {@code rows * cols} interleaved complex values to fill, same primitive type
	 */
	static void unpack(final Object packed, final Object full, final int rows, final int cols) {
		final int p = cols / 2 + 1;
		for (int r = 0; r < rows; r++) {
			final int in = r * p, out = r * cols;
			for (int j = 0; j < p && j < cols; j++) System.arraycopy(packed, 2 * (in + p - 1 - j), full, 2 * (out + j), 2);
			for (int k = 0; p + k < cols; k++) {
				System.arraycopy(packed, 2 * (in + 1 + k), full, 2 * (out + p + k), 2);
				negate(full, 2 * (out + p + k) + 1);
			}
		}
	}

	private static void negate(final Object a, final int i) {
		if (a instanceof float[] f) f[i] = -f[i];
		else ((double[]) a)[i] = -((double[]) a)[i];
	}
}
