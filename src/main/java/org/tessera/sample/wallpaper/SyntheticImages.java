package org.tessera.sample.wallpaper;

import java.util.SplittableRandom;

/**
 * Microscopy-like synthetic images, deterministic from (class, seed, size): wallpaper-group lattices
 * with a random cell (16–40 px), motif, rotation, mild affine distortion, and the extra classes, all
 * then degraded (contrast, gradient, blur, Poisson and Gaussian noise). The training script
 * ({@code models/wallpaper/train.py}) and the retrieval tests draw from here.
 */
public final class SyntheticImages {

	/** Largest relative affine distortion per matrix element. */
	public static final double DISTORTION = 0.04;

	private SyntheticImages() {}

	/** A degraded {@code size × size} image of class {@code c}, row-major. */
	public static float[] render(final SyntheticClass c, final long seed, final int size) {
		final SplittableRandom rng = new SplittableRandom(seed);
		final float[] img = c.group() != null ? lattice(c.group(), rng, size) : switch (c.name()) {
			case "particles" -> OtherScenes.particles(size, rng);
			case "texture" -> OtherScenes.texture(size, rng);
			default -> OtherScenes.diffraction(size, rng);
		};
		Filters.normalise(img);
		Degradation.apply(img, size, rng);
		return img;
	}

	/**
	 * The clean pattern of a group: no rotation, distortion or noise, the lattice origin on the image
	 * centre and the first basis vector along +x (so the group's point operations about the centre map
	 * the image onto itself).
	 */
	public static float[] clean(final WallpaperGroup g, final long seed, final int size) {
		final SplittableRandom rng = new SplittableRandom(seed);
		return Placement.centred(size).render(pattern(g, rng, size), size);
	}

	/** A seed for image {@code index} of class {@code label} in a set drawn with {@code base}. */
	public static long imageSeed(final long base, final int label, final int index) {
		return base * 0x9E3779B97F4A7C15L + label * 0xBF58476D1CE4E5B9L + index;
	}

	// -- Helper methods --

	private static float[] lattice(final WallpaperGroup g, final SplittableRandom rng, final int size) {
		final WallpaperPattern p = pattern(g, rng, size);
		return Placement.random(size, DISTORTION, rng).render(p, size);
	}

	/**
	 * NB: cell sizes scale with the image (16–40 px at 128 px) so other sizes show as many cells; smaller
	 * cells blur into their first Fourier shell, which hides e.g. p4 versus p4m.
	 */
	private static WallpaperPattern pattern(final WallpaperGroup g, final SplittableRandom rng, final int size) {
		final double a = (16 + 24 * rng.nextDouble()) * size / 128.0;
		final double[] basis = g.lattice().basis(a, rng);
		return new WallpaperPattern(g, basis, Motif.random(basis, rng));
	}
}
