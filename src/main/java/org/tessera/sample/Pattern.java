package org.tessera.sample;

/**
 * A deterministic synthetic image: a value for every position (C order, slowest axis first).
 * Sample datasets are written chunk by chunk from a pattern, so they can be of any size.
 */
@FunctionalInterface
public interface Pattern {

	/** The value at {@code position} (C order). */
	double value(long[] position);

	/**
	 * A crystal lattice seen down a zone axis: Gaussian atom columns on a (possibly rotated) 2-D
	 * lattice over the two fastest axes, modulated along slower axes (thickness, focus, channel).
	 *
	 * @param spacing lattice period in pixels
	 * @param angle lattice rotation in radians
	 * @param amplitude peak height above the background
	 */
	static Pattern lattice(final double spacing, final double angle, final double amplitude) {
		final double c = Math.cos(angle), s = Math.sin(angle), sigma2 = spacing * spacing / 40;
		return p -> {
			final int n = p.length;
			final double y = p[n - 2], x = p[n - 1];
			final double u = (c * x + s * y) / spacing, v = (-s * x + c * y) / spacing;
			final double du = (u - Math.rint(u)) * spacing, dv = (v - Math.rint(v)) * spacing;
			double slow = 1;
			for (int d = 0; d < n - 2; d++) slow *= 1 + 0.15 * Math.sin(0.7 * p[d] + d);
			return 100 + amplitude * slow * Math.exp(-(du * du + dv * dv) / (2 * sigma2));
		};
	}

	/**
	 * An EDS-like spectrum image (y, x, energy): a smooth background plus characteristic peaks whose
	 * heights vary across the map in two phases.
	 */
	static Pattern spectrumImage(final int width, final int height) {
		final double[] peaks = { 0.28, 0.52, 1.49, 1.74, 6.40, 8.05 };
		return p -> {
			final double e = p[2] * 0.01 + 0.05, y = p[0] / (double) height, x = p[1] / (double) width;
			final double phase = 0.5 + 0.5 * Math.tanh(8 * (x + 0.3 * Math.sin(6 * y) - 0.5));
			double v = 40 * Math.exp(-e / 3) ;
			for (int i = 0; i < peaks.length; i++) {
				final double w = i % 2 == 0 ? phase : 1 - phase;
				final double de = (e - peaks[i]) / 0.06;
				v += 400 * w * Math.exp(-de * de / 2);
			}
			return v;
		};
	}

	/**
	 * 4-D STEM (scan y, scan x, detector ky, kx): a bright central disc whose intensity and offset
	 * vary with the scan position, plus weak Bragg discs.
	 */
	static Pattern diffraction(final int detector) {
		final double r = detector / 10.0, c = detector / 2.0;
		return p -> {
			final double sy = p[0], sx = p[1], ky = p[2] - c - 0.05 * sy, kx = p[3] - c - 0.05 * sx;
			final double d = Math.hypot(ky, kx);
			double v = d < r ? 1000 * (0.6 + 0.4 * Math.cos(0.3 * sx) * Math.sin(0.2 * sy)) : 5;
			for (final double[] g : new double[][] { { 2.5 * r, 0 }, { 0, 2.5 * r }, { -2.5 * r, 0 }, { 0, -2.5 * r } }) {
				if (Math.hypot(ky - g[0], kx - g[1]) < r / 2) v += 150 * (1 + Math.sin(0.1 * (sx + sy)));
			}
			return v;
		};
	}
}
