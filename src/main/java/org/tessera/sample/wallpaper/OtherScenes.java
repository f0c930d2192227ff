package org.tessera.sample.wallpaper;

import java.util.SplittableRandom;

/**
 * The non-lattice classes: scattered particles, isotropic filtered-noise textures and diffraction
 * patterns (a reciprocal lattice of spots under an envelope, with a bright central beam). Each returns
 * a raw square image; {@link SyntheticImages} normalises and degrades it.
 */
final class OtherScenes {

	private OtherScenes() {}

	/** 3–40 blobs of random size, elongation and brightness at random places. */
	static float[] particles(final int size, final SplittableRandom rng) {
		final float[] img = new float[size * size];
		final int n = 3 + rng.nextInt(38);
		final double smax = size * (0.015 + 0.04 * rng.nextDouble());
		for (int i = 0; i < n; i++) {
			final Blob b = Blob.random(size * rng.nextDouble(), size * rng.nextDouble(), smax * 0.4, smax,
				0.5 + 0.5 * rng.nextDouble(), rng);
			addBlob(img, size, b);
		}
		return img;
	}

	/** White noise low-passed at one or two random scales (1.5–8 px). */
	static float[] texture(final int size, final SplittableRandom rng) {
		final float[] img = noise(size, 1.5 + 6.5 * rng.nextDouble(), rng);
		if (rng.nextBoolean()) {
			final float[] fine = noise(size, 1 + 2 * rng.nextDouble(), rng);
			final double w = 0.5 * rng.nextDouble();
			for (int i = 0; i < img.length; i++) img[i] += (float) (w * fine[i]);
		}
		return img;
	}

	/** Spots on a random reciprocal lattice (spacing 7–22 px) around a central beam, fading outwards. */
	static float[] diffraction(final int size, final SplittableRandom rng) {
		final LatticeType type = LatticeType.values()[rng.nextInt(LatticeType.values().length)];
		final double[] g = type.basis(7 + 15 * rng.nextDouble(), rng);
		final double t = 2 * Math.PI * rng.nextDouble(), c = Math.cos(t), s = Math.sin(t);
		final double envelope = size * (0.2 + 0.3 * rng.nextDouble()), spot = 0.7 + 1.3 * rng.nextDouble();
		final float[] img = new float[size * size];
		final double cx = (size - 1) / 2.0 + 4 * (rng.nextDouble() - 0.5), cy = (size - 1) / 2.0 + 4 * (rng.nextDouble() - 0.5);
		final int reach = (int) Math.ceil(size / Motif.cellWidth(g)) + 1;
		final long salt = rng.nextLong();
		for (int h = -reach; h <= reach; h++)
			for (int k = -reach; k <= reach; k++) {
				final double gx = h * g[0] + k * g[2], gy = h * g[1] + k * g[3];
				final double amp = Math.exp(-0.5 * (gx * gx + gy * gy) / (envelope * envelope))
					* structureFactor(h, k, salt) * (h == 0 && k == 0 ? 2 : 1);
				addBlob(img, size, Blob.of(cx + c * gx - s * gy, cy + s * gx + c * gy, spot * (h == 0 && k == 0 ? 2 : 1),
					spot, 0, amp));
			}
		return img;
	}

	// -- Helper methods --

	/** NB: Friedel pairs (h, k) and (−h, −k) get the same factor, as in kinematic diffraction. */
	private static double structureFactor(final int h, final int k, final long salt) {
		final long key = h > 0 || (h == 0 && k >= 0) ? h * 1_000_003L + k : -h * 1_000_003L - k;
		return 0.2 + 0.8 * new SplittableRandom(salt ^ key).nextDouble();
	}

	private static float[] noise(final int size, final double sigma, final SplittableRandom rng) {
		final float[] img = new float[size * size];
		for (int i = 0; i < img.length; i++) img[i] = (float) rng.nextGaussian();
		Filters.blur(img, size, sigma);
		return img;
	}

	/** Adds a blob over the pixels within its reach. */
	private static void addBlob(final float[] img, final int size, final Blob b) {
		final int r = (int) Math.ceil(Math.sqrt(b.reach()));
		final int x0 = Math.max(0, (int) b.x() - r), x1 = Math.min(size - 1, (int) b.x() + r);
		final int y0 = Math.max(0, (int) b.y() - r), y1 = Math.min(size - 1, (int) b.y() + r);
		for (int y = y0; y <= y1; y++)
			for (int x = x0; x <= x1; x++) img[y * size + x] += (float) b.value(x, y);
	}
}
