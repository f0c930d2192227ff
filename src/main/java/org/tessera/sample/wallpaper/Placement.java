package org.tessera.sample.wallpaper;

import java.util.SplittableRandom;

/**
 * Where a pattern sits in the image: pixel {@code p} shows the pattern at {@code A⁻¹ (p − origin)}, with
 * {@code A} a rotation times a mild affine distortion.
 *
 * @param inverse {@code A⁻¹} as {@code {m00, m01, m10, m11}}
 * @param ox origin x in pixels
 * @param oy origin y in pixels
 */
public record Placement(double[] inverse, double ox, double oy) {

	/** No rotation or distortion, the lattice origin on the image centre (the symmetry tests' setting). */
	public static Placement centred(final int size) {
		return new Placement(new double[] { 1, 0, 0, 1 }, (size - 1) / 2.0, (size - 1) / 2.0);
	}

	/** A random rotation, distortion up to {@code ±distortion} per matrix element, and random origin. */
	public static Placement random(final int size, final double distortion, final SplittableRandom rng) {
		final double t = 2 * Math.PI * rng.nextDouble(), c = Math.cos(t), s = Math.sin(t);
		final double e00 = 1 + d(distortion, rng), e01 = d(distortion, rng), e10 = d(distortion, rng);
		final double e11 = 1 + d(distortion, rng);
		final double a00 = c * e00 - s * e10, a01 = c * e01 - s * e11, a10 = s * e00 + c * e10;
		final double a11 = s * e01 + c * e11, det = a00 * a11 - a01 * a10;
		return new Placement(new double[] { a11 / det, -a01 / det, -a10 / det, a00 / det },
			size * rng.nextDouble(), size * rng.nextDouble());
	}

	/** Renders {@code pattern} into a new {@code size × size} image. */
	public float[] render(final WallpaperPattern pattern, final int size) {
		final float[] img = new float[size * size];
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++) {
				final double dx = x - ox, dy = y - oy;
				img[y * size + x] = (float) pattern.value(inverse[0] * dx + inverse[1] * dy,
					inverse[2] * dx + inverse[3] * dy);
			}
		return img;
	}

	private static double d(final double distortion, final SplittableRandom rng) {
		return distortion * (2 * rng.nextDouble() - 1);
	}
}
