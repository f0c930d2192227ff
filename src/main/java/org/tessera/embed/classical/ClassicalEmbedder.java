package org.tessera.embed.classical;

import org.tessera.embed.Embedder;
import org.tessera.embed.Plane;
import org.tessera.embed.prep.Channels;
import org.tessera.embed.prep.Percentiles;
import org.tessera.embed.prep.Resampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model-free 64-d image descriptor ({@code "classical"}). The plane, made grey, is analysed at its
 * own pixel scale: its central part of at most 256 × 256 pixels (planes under 128 pixels are enlarged
 * to 128), scaled between its 0.5th and 99.5th percentile, is described by four weighted blocks,
 * concatenated and L2-normalised:
 * <ol>
 * <li>26 values: the log radial power spectrum (rings of spatial frequency, relative to the mean power)
 * averaged over the Hann-windowed 128 × 128 corner windows of that part, centred;</li>
 * <li>16: the intensity histogram;</li>
 * <li>12: the gradient-magnitude histogram, at half resolution (less noise-sensitive);</li>
 * <li>10: the rotation-invariant uniform LBP histogram, at half resolution.</li>
 * </ol>
 * Histograms enter as square roots of their fractions (Hellinger), so every block is bounded.
 * <p>
 * Good at the texture class of an image: periodicity and lattice spacing, grain size, contrast
 * distribution, edge density. Invariant (up to resampling error) to rotation by 90°, flips, small
 * crops, moderate noise (5 % of the range) and linear contrast changes. Poor at semantic content
 * (which object, where in the image), blind to orientation, and tied to pixel scale: hand it planes
 * reduced the same way (e.g. {@code Planes} with one {@code maxSize}). Pure Java, no model.
 * </p>
 */
final class ClassicalEmbedder implements Embedder {

	static final String NAME = "classical";
	static final String VERSION = "1";
	static final int SIZE = 128;
	static final int DIMENSION = Blocks.SPECTRUM_BINS + Blocks.INTENSITY_BINS + Blocks.GRADIENT_BINS + Blocks.LBP_BINS;

	/** NB: block weights: the spectrum carries most of the texture; LBP is the most noise-sensitive. */
	private static final double[] WEIGHTS = { 1.0, 0.6, 0.7, 0.5 };

	private static final Fft FFT = new Fft(SIZE);
	private static final double[] WINDOW = Blocks.hann(SIZE);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int dimension() {
		return DIMENSION;
	}

	@Override
	public Map<String, String> provenance() {
		return Map.of("name", NAME, "version", VERSION, "size", Integer.toString(SIZE),
			"blocks", "spectrum26,intensity16,gradient12,lbp10");
	}

	@Override
	public List<float[]> embed(final List<Plane> planes) {
		final List<float[]> out = new ArrayList<>(planes.size());
		for (final Plane p : planes) out.add(describe(p));
		return out;
	}

	// -- Descriptor --

	/** The 64-d descriptor of one plane. */
	static float[] describe(final Plane p) {
		final Plane g = Percentiles.scale(centre(atLeast(Channels.to(p, 1), SIZE), 2 * SIZE), 0.5, 99.5);
		final float[] img = g.data();
		final int w = g.width(), h = g.height();
		final Plane half = Resampling.boxReduce(g, 2);
		final double[][] blocks = { centre(Blocks.spectrum(FFT, img, w, h, SIZE, WINDOW)), hellinger(Blocks.intensity(img)),
			hellinger(Blocks.gradient(half.data(), half.width(), half.height())),
			hellinger(Blocks.lbp(half.data(), half.width(), half.height())) };
		final float[] v = new float[DIMENSION];
		int o = 0;
		for (int b = 0; b < blocks.length; b++) {
			for (final double x : blocks[b]) v[o++] = (float) (x * WEIGHTS[b]);
		}
		return unit(v);
	}

	/** {@code p} enlarged (bilinear, keeping its aspect) so that its shorter side is at least {@code n}. */
	static Plane atLeast(final Plane p, final int n) {
		final int s = Math.min(p.width(), p.height());
		if (s >= n) return p;
		final double k = (double) n / s;
		return Resampling.resize(p, Math.max(n, (int) Math.ceil(p.width() * k)), Math.max(n, (int) Math.ceil(p.height() * k)));
	}

	/** The central part of {@code p}, at most {@code n × n} (an odd margin puts the extra pixel last). */
	static Plane centre(final Plane p, final int n) {
		final int w = Math.min(n, p.width()), h = Math.min(n, p.height());
		if (w == p.width() && h == p.height()) return p;
		final int x0 = (p.width() - w) / 2, y0 = (p.height() - h) / 2;
		final float[] d = new float[w * h];
		for (int y = 0; y < h; y++) System.arraycopy(p.data(), (y0 + y) * p.width() + x0, d, y * w, w);
		return new Plane(w, h, 1, d);
	}

	/**
	 * The block minus its mean, divided by its length but never by less than 1: shape matters, and a
	 * nearly flat block (white noise) stays small instead of being blown up to a random direction.
	 */
	static double[] centre(final double[] b) {
		double mean = 0, norm = 0;
		for (final double x : b) mean += x / b.length;
		for (int i = 0; i < b.length; i++) {
			b[i] -= mean;
			norm += b[i] * b[i];
		}
		final double k = 1 / Math.max(1, Math.sqrt(norm));
		for (int i = 0; i < b.length; i++) b[i] *= k;
		return b;
	}

	/** The square roots of a histogram's fractions: a unit vector (Hellinger embedding). */
	static double[] hellinger(final double[] h) {
		for (int i = 0; i < h.length; i++) h[i] = Math.sqrt(h[i]);
		return h;
	}

	/** NB: only a vector with every block flat is zero; it becomes the first unit vector, not NaN. */
	private static float[] unit(final float[] v) {
		double n = 0;
		for (final float x : v) n += x * x;
		if (n == 0) v[0] = 1;
		final float k = n == 0 ? 1 : (float) (1 / Math.sqrt(n));
		for (int i = 0; i < v.length; i++) v[i] *= k;
		return v;
	}
}
