package org.tessera.sample.wallpaper;

import java.util.SplittableRandom;

/**
 * The five two-dimensional lattice systems, each able to draw a random basis of its kind. Bases are
 * in pixels, the first vector along +x (the renderer rotates the whole pattern).
 */
public enum LatticeType {

	/** Any cell: lengths and angle free (kept away from the special values). */
	OBLIQUE,
	/** Right angle, unequal lengths (primitive cell). */
	RECTANGULAR,
	/** Right angle, unequal lengths; the conventional cell with a centring translation (½, ½). */
	CENTRED_RECTANGULAR,
	/** Right angle, equal lengths. */
	SQUARE,
	/** 120° between equal lengths. */
	HEXAGONAL;

	/**
	 * A basis {@code {ax, ay, bx, by}} whose first vector has length {@code a} pixels.
	 *
	 * @param a the first basis vector's length in pixels
	 */
	public double[] basis(final double a, final SplittableRandom rng) {
		return switch (this) {
			case OBLIQUE -> oblique(a, rng);
			case RECTANGULAR, CENTRED_RECTANGULAR -> new double[] { a, 0, 0, a * aspect(rng) };
			case SQUARE -> new double[] { a, 0, 0, a };
			case HEXAGONAL -> new double[] { a, 0, -a / 2, a * Math.sqrt(3) / 2 };
		};
	}

	/** The canonical basis (rectangles 1 : 1.5, oblique 1 : 0.8 at 75°) for tests and figures. */
	public double[] canonicalBasis(final double a) {
		return switch (this) {
			case OBLIQUE -> polar(a, 0.8 * a, Math.toRadians(75));
			case RECTANGULAR, CENTRED_RECTANGULAR -> new double[] { a, 0, 0, 1.5 * a };
			case SQUARE -> new double[] { a, 0, 0, a };
			case HEXAGONAL -> new double[] { a, 0, -a / 2, a * Math.sqrt(3) / 2 };
		};
	}

	// -- Helper methods --

	/** NB: ratios in [0.55, 0.8] or [1.25, 1.8], so a rectangle never passes for a square. */
	private static double aspect(final SplittableRandom rng) {
		final double r = 0.55 + 0.25 * rng.nextDouble();
		return rng.nextBoolean() ? r : 1 / r;
	}

	/** NB: angles 62–82° or 98–118° and lengths 0.6–0.85 apart: never rectangular or hexagonal. */
	private static double[] oblique(final double a, final SplittableRandom rng) {
		final double gamma = Math.toRadians(62 + 20 * rng.nextDouble() + (rng.nextBoolean() ? 36 : 0));
		return polar(a, a * (0.6 + 0.25 * rng.nextDouble()), gamma);
	}

	private static double[] polar(final double a, final double b, final double gamma) {
		return new double[] { a, 0, b * Math.cos(gamma), b * Math.sin(gamma) };
	}
}
