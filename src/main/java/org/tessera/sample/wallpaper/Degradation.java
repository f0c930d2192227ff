package org.tessera.sample.wallpaper;

import java.util.SplittableRandom;

/**
 * What a microscope does to a clean {@code [0, 1]} image: contrast (possibly inverted), a background
 * gradient, blur, shot (Poisson) noise and read-out (Gaussian) noise, each drawn at random.
 */
public final class Degradation {

	private Degradation() {}

	/** Degrades a normalised square image in place. */
	public static void apply(final float[] img, final int size, final SplittableRandom rng) {
		contrastAndGradient(img, size, rng);
		Filters.blur(img, size, 0.3 + 0.7 * rng.nextDouble());
		final double photons = Math.exp(Math.log(30) + rng.nextDouble() * Math.log(1000.0 / 30));
		final double read = 0.03 * rng.nextDouble();
		for (int i = 0; i < img.length; i++)
			img[i] = (float) (poisson(Math.max(0, img[i]) * photons, rng) / photons + read * rng.nextGaussian());
	}

	// -- Helper methods --

	/** NB: the result stays non-negative before noise: offset ≥ the gradient's reach plus the inverted gain. */
	private static void contrastAndGradient(final float[] img, final int size, final SplittableRandom rng) {
		final double gain = 0.3 + 0.9 * rng.nextDouble();
		final boolean invert = rng.nextInt(4) == 0;
		final double gx = 0.4 * (rng.nextDouble() - 0.5), gy = 0.4 * (rng.nextDouble() - 0.5);
		final double offset = 0.05 + 0.5 * rng.nextDouble() + 0.2 + (invert ? gain : 0);
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++) {
				final double v = img[y * size + x];
				final double ramp = (gx * (x - size / 2.0) + gy * (y - size / 2.0)) / size;
				img[y * size + x] = (float) (offset + ramp + (invert ? -gain : gain) * v);
			}
	}

	/** A Poisson draw: Knuth's product method below 30, the normal approximation above. */
	static double poisson(final double lambda, final SplittableRandom rng) {
		if (lambda >= 30) return Math.max(0, Math.rint(lambda + Math.sqrt(lambda) * rng.nextGaussian()));
		final double limit = Math.exp(-lambda);
		double p = rng.nextDouble();
		int k = 0;
		while (p > limit) {
			p *= rng.nextDouble();
			k++;
		}
		return k;
	}
}
