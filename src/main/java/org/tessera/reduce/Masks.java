package org.tessera.reduce;

/**
 * Virtual detectors for 4D-STEM over the detector axes {@code (ky, kx)}: a disc for a bright-field
 * image, an annulus for an annular dark-field image. Pixel {@code (y, x)} is inside when its centre's
 * distance {@code d} to {@code (cy, cx)} satisfies {@code d <= r} (disc) or {@code rInner <= d <= rOuter}
 * (annulus); inside pixels weigh 1, others 0.
 */
public final class Masks {

	private Masks() {}

	/** A disc of radius {@code r} around {@code (cy, cx)} in a {@code ny × nx} detector. */
	public static Mask disc(final int ny, final int nx, final double cy, final double cx, final double r) {
		return annulus(ny, nx, cy, cx, 0, r);
	}

	/** The ring {@code rInner <= d <= rOuter} around {@code (cy, cx)} in a {@code ny × nx} detector. */
	public static Mask annulus(final int ny, final int nx, final double cy, final double cx, final double rInner,
		final double rOuter)
	{
		if (ny < 0 || nx < 0) throw new IllegalArgumentException("negative detector size " + ny + " x " + nx);
		if (rInner < 0 || rOuter < rInner) {
			throw new IllegalArgumentException("radii must satisfy 0 <= inner <= outer, not " + rInner + ", " + rOuter);
		}
		final double[] w = new double[Math.multiplyExact(ny, nx)];
		for (int y = 0; y < ny; y++) {
			for (int x = 0; x < nx; x++) {
				final double d = Math.hypot(y - cy, x - cx);
				w[y * nx + x] = d >= rInner && d <= rOuter ? 1 : 0;
			}
		}
		return new Mask(new int[] { ny, nx }, w);
	}
}
