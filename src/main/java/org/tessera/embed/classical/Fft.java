package org.tessera.embed.classical;

/**
 * An in-place radix-2 complex FFT of a fixed power-of-two length, and the 2-D transform of a square
 * image built from it (rows, then columns). Immutable tables: one instance serves every thread.
 */
final class Fft {

	private final int n;
	private final int[] reversed;
	private final double[] cos, sin;

	Fft(final int n) {
		if (Integer.bitCount(n) != 1) throw new IllegalArgumentException("FFT length must be a power of 2: " + n);
		this.n = n;
		reversed = new int[n];
		final int bits = Integer.numberOfTrailingZeros(n);
		for (int i = 0; i < n; i++) reversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
		cos = new double[n / 2];
		sin = new double[n / 2];
		for (int i = 0; i < n / 2; i++) {
			cos[i] = Math.cos(-2 * Math.PI * i / n);
			sin[i] = Math.sin(-2 * Math.PI * i / n);
		}
	}

	/** Transforms {@code n} values at {@code re[off + k * step]}, {@code im[off + k * step]} in place. */
	void transform(final double[] re, final double[] im, final int off, final int step) {
		for (int i = 0; i < n; i++) {
			final int j = reversed[i];
			if (j > i) {
				swap(re, off + i * step, off + j * step);
				swap(im, off + i * step, off + j * step);
			}
		}
		for (int size = 2; size <= n; size <<= 1) {
			final int half = size / 2, tw = n / size;
			for (int start = 0; start < n; start += size) {
				for (int k = 0; k < half; k++) {
					final int a = off + (start + k) * step, b = a + half * step;
					final double c = cos[k * tw], s = sin[k * tw];
					final double tr = re[b] * c - im[b] * s, ti = re[b] * s + im[b] * c;
					re[b] = re[a] - tr;
					im[b] = im[a] - ti;
					re[a] += tr;
					im[a] += ti;
				}
			}
		}
	}

	/** The 2-D transform of an {@code n × n} image stored row by row, in place. */
	void transform2d(final double[] re, final double[] im) {
		for (int y = 0; y < n; y++) transform(re, im, y * n, 1);
		for (int x = 0; x < n; x++) transform(re, im, x, n);
	}

	private static void swap(final double[] a, final int i, final int j) {
		final double t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
