package org.tessera.sample.wallpaper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random asymmetric motif: two to four blobs and strokes inside one unit cell, positions in pixels
 * relative to the lattice origin, centres within 5–95 % of the cell along each basis vector.
 */
public record Motif(List<Blob> blobs) {

	/** NB: blobs narrower than this (pixels) would alias on the pixel grid. */
	public static final double MIN_SIGMA = 0.8;

	/**
	 * Draws a motif for the cell spanned by {@code basis} ({@code {ax, ay, bx, by}} in pixels).
	 *
	 * @param basis the lattice basis
	 */
	public static Motif random(final double[] basis, final SplittableRandom rng) {
		final double span = cellWidth(basis), smin = Math.max(MIN_SIGMA, 0.04 * span);
		final int n = 2 + rng.nextInt(3);
		final double cu = 0.2 + 0.6 * rng.nextDouble(), cv = 0.2 + 0.6 * rng.nextDouble();
		final List<Blob> blobs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			final double u = cu + 0.3 * (rng.nextDouble() - 0.5), v = cv + 0.3 * (rng.nextDouble() - 0.5);
			final double amp = (i == 0 ? 1 : 0.4 + 0.6 * rng.nextDouble()) * (rng.nextInt(6) == 0 ? -0.5 : 1);
			blobs.add(Blob.random(u * basis[0] + v * basis[2], u * basis[1] + v * basis[3], smin,
				Math.max(smin, 0.11 * span), amp, rng));
		}
		return new Motif(List.copyOf(blobs));
	}

	/** The sum of the blobs at {@code (px, py)} (pixels relative to the lattice origin). */
	public double value(final double px, final double py) {
		double s = 0;
		for (final Blob b : blobs) s += b.value(px, py);
		return s;
	}

	/** The largest distance (pixels) at which a blob still contributes. */
	public double reach() {
		return blobs.stream().mapToDouble(b -> Math.sqrt(b.reach())).max().orElse(0);
	}

	/** NB: the smallest distance between opposite cell edges, so blobs stay within one neighbour cell. */
	static double cellWidth(final double[] basis) {
		final double area = Math.abs(basis[0] * basis[3] - basis[1] * basis[2]);
		return Math.min(area / Math.hypot(basis[0], basis[1]), area / Math.hypot(basis[2], basis[3]));
	}
}
