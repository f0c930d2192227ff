package org.tessera.sample.wallpaper;

import java.util.SplittableRandom;

/**
 * An anisotropic Gaussian blob (a dot when round, a stroke when elongated), stored by its centre and
 * the inverse covariance {@code [[a, b], [b, c]]}.
 *
 * @param x centre x in pixels
 * @param y centre y in pixels
 * @param a inverse covariance, xx
 * @param b inverse covariance, xy
 * @param c inverse covariance, yy
 * @param amplitude peak value
 * @param reach squared distance beyond which the blob counts as zero (3.5 standard deviations)
 */
public record Blob(double x, double y, double a, double b, double c, double amplitude, double reach) {

	/** A blob with standard deviations {@code s1} along angle {@code theta} and {@code s2} across it. */
	public static Blob of(final double x, final double y, final double s1, final double s2, final double theta,
		final double amplitude)
	{
		final double cs = Math.cos(theta), sn = Math.sin(theta);
		final double i1 = 1 / (s1 * s1), i2 = 1 / (s2 * s2);
		final double big = Math.max(s1, s2) * 3.5;
		return new Blob(x, y, cs * cs * i1 + sn * sn * i2, cs * sn * (i1 - i2), sn * sn * i1 + cs * cs * i2,
			amplitude, big * big);
	}

	/** A random blob at {@code (x, y)} with standard deviations in {@code [smin, smax]}, elongated up to 4:1. */
	public static Blob random(final double x, final double y, final double smin, final double smax,
		final double amplitude, final SplittableRandom rng)
	{
		final double s1 = smin + (smax - smin) * rng.nextDouble();
		final double s2 = Math.max(smin * 0.5, s1 / (1 + 3 * rng.nextDouble()));
		return of(x, y, s1, s2, Math.PI * rng.nextDouble(), amplitude);
	}

	/** The blob's value at {@code (px, py)}. */
	public double value(final double px, final double py) {
		final double dx = px - x, dy = py - y;
		if (dx * dx + dy * dy > reach) return 0;
		return amplitude * Math.exp(-0.5 * (a * dx * dx + 2 * b * dx * dy + c * dy * dy));
	}
}
