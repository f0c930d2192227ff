package org.tessera.embed.classical;

/**
 * The descriptor's feature blocks, each computed from a square grey image scaled to 0..1: radial power
 * spectrum, intensity histogram, gradient-magnitude histogram and rotation-invariant LBP histogram.
 * Every block is invariant to 90° rotations and flips of the image.
 */
final class Blocks {

	static final int SPECTRUM_BINS = 26, INTENSITY_BINS = 16, GRADIENT_BINS = 12, LBP_BINS = 10;

	/** NB: gradients of a 0..1 image rarely exceed this; larger ones fall in the last bin. */
	private static final double MAX_GRADIENT = 0.5;

	/**
	 * NB: ring power is taken relative to the mean power, above this floor, so that weak rings (where
	 * a little noise would dominate the log) count little.
	 */
	static final double FLOOR = 0.05;

	private Blocks() {}

	// -- Spectrum --

	/**
	 * The log mean power in {@link #SPECTRUM_BINS} equal rings of spatial frequency (DC excluded,
	 * corners beyond the Nyquist circle dropped) of the mean-free, Hann-windowed {@code n × n} windows
	 * of a {@code w × h} image at the four corners (one per distinct corner position, so that rotations
	 * and flips map the set onto itself), relative to the mean power over all rings.
	 */
	static double[] spectrum(final Fft fft, final float[] img, final int w, final int h, final int n,
		final double[] window)
	{
		final double[] sum = new double[SPECTRUM_BINS];
		final int[] count = new int[SPECTRUM_BINS];
		for (final int y0 : new int[] { 0, h - n }) {
			for (final int x0 : new int[] { 0, w - n }) {
				ringPower(fft, img, w, x0, y0, n, window, sum, count);
				if (w == n) break;
			}
			if (h == n) break;
		}
		double total = 0;
		for (final double v : sum) total += v;
		final double mean = total / Math.max(1, java.util.Arrays.stream(count).sum());
		final double[] out = new double[SPECTRUM_BINS];
		for (int b = 0; b < out.length; b++) out[b] = Math.log(sum[b] / Math.max(1, count[b]) / mean + FLOOR);
		return out;
	}

	/** Adds the ring powers of the window at {@code x0, y0} to {@code sum} and {@code count}. */
	private static void ringPower(final Fft fft, final float[] img, final int w, final int x0, final int y0,
		final int n, final double[] window, final double[] sum, final int[] count)
	{
		final double[] re = new double[n * n], im = new double[n * n];
		double avg = 0;
		for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) avg += img[(y0 + y) * w + x0 + x];
		avg /= n * n;
		for (int y = 0; y < n; y++) {
			for (int x = 0; x < n; x++) re[y * n + x] = (img[(y0 + y) * w + x0 + x] - avg) * window[y] * window[x];
		}
		fft.transform2d(re, im);
		for (int v = 0; v < n; v++) {
			final int fv = v < n / 2 ? v : v - n;
			for (int u = 0; u < n; u++) {
				final int fu = u < n / 2 ? u : u - n;
				final double r = Math.sqrt(fu * fu + fv * fv);
				if (r == 0 || r >= n / 2) continue;
				final int b = (int) (r / (n / 2.0) * SPECTRUM_BINS);
				sum[b] += re[v * n + u] * re[v * n + u] + im[v * n + u] * im[v * n + u];
				count[b]++;
			}
		}
	}

	/** The symmetric Hann window of length {@code n} (symmetric so that flips keep the spectrum). */
	static double[] hann(final int n) {
		final double[] w = new double[n];
		for (int i = 0; i < n; i++) w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
		return w;
	}

	// -- Histograms --

	/** The fraction of pixels in each of {@link #INTENSITY_BINS} equal bins of 0..1. */
	static double[] intensity(final float[] img) {
		final double[] h = new double[INTENSITY_BINS];
		for (final float v : img) h[Math.min(INTENSITY_BINS - 1, (int) (v * INTENSITY_BINS))]++;
		return divide(h, img.length);
	}

	/**
	 * Histogram of central-difference gradient magnitudes (square-root spaced bins) over the interior
	 * pixels of an image {@code n} wide and {@code h} high.
	 */
	static double[] gradient(final float[] img, final int n, final int h) {
		final double[] hist = new double[GRADIENT_BINS];
		for (int y = 1; y < h - 1; y++) {
			for (int x = 1; x < n - 1; x++) {
				final double gx = (img[y * n + x + 1] - img[y * n + x - 1]) / 2.0;
				final double gy = (img[(y + 1) * n + x] - img[(y - 1) * n + x]) / 2.0;
				final double m = Math.sqrt(Math.sqrt(gx * gx + gy * gy) / MAX_GRADIENT);
				hist[Math.min(GRADIENT_BINS - 1, (int) (m * GRADIENT_BINS))]++;
			}
		}
		return divide(hist, (n - 2) * (h - 2));
	}

	/**
	 * Histogram of rotation-invariant uniform local binary patterns (8 neighbours at radius 1) of an
	 * image {@code n} wide and {@code h} high: bins 0–8 count uniform patterns by their number of brighter neighbours, bin 9 all others.
	 */
	static double[] lbp(final float[] img, final int n, final int h) {
		final int[] dy = { -1, -1, -1, 0, 1, 1, 1, 0 }, dx = { -1, 0, 1, 1, 1, 0, -1, -1 };
		final double[] hist = new double[LBP_BINS];
		for (int y = 1; y < h - 1; y++) {
			for (int x = 1; x < n - 1; x++) {
				final float c = img[y * n + x];
				int ones = 0, changes = 0;
				boolean prev = img[(y + dy[7]) * n + x + dx[7]] >= c;
				for (int k = 0; k < 8; k++) {
					final boolean b = img[(y + dy[k]) * n + x + dx[k]] >= c;
					if (b) ones++;
					if (b != prev) changes++;
					prev = b;
				}
				hist[changes <= 2 ? ones : 9]++;
			}
		}
		return divide(hist, (n - 2) * (h - 2));
	}

	private static double[] divide(final double[] h, final double total) {
		for (int i = 0; i < h.length; i++) h[i] /= total;
		return h;
	}
}
