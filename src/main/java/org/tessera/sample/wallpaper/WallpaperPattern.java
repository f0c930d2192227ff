package org.tessera.sample.wallpaper;

/**
 * A continuous, exactly symmetric pattern: a motif repeated by every operation of a plane group and
 * every lattice translation. For a point with fractional coordinates {@code f} the value is
 * {@code Σ_g Σ_n motif(B·(g(f) mod 1 + n))} over the group's coset representatives {@code g} and the
 * neighbour translations {@code n} within the motif's reach, which is invariant under every operation of
 * the group.
 */
public final class WallpaperPattern {

	private final WallpaperGroup group;
	private final double[] basis;
	private final double[] inverse;
	private final Motif motif;
	private final int range;

	/**
	 * @param group the plane group
	 * @param basis the lattice basis {@code {ax, ay, bx, by}} in pixels, of the group's lattice type
	 * @param motif the motif, in pixels relative to the origin
	 */
	public WallpaperPattern(final WallpaperGroup group, final double[] basis, final Motif motif) {
		this.group = group;
		this.basis = basis.clone();
		this.motif = motif;
		final double det = basis[0] * basis[3] - basis[1] * basis[2];
		this.inverse = new double[] { basis[3] / det, -basis[1] / det, -basis[2] / det, basis[0] / det };
		// NB: motif centres lie in [0.05, 0.95) of the cell, so |n| ≤ 0.95 + reach / cell width suffices
		this.range = Math.max(1, (int) Math.floor(0.95 + motif.reach() / Motif.cellWidth(basis)));
	}

	/** The group. */
	public WallpaperGroup group() {
		return group;
	}

	/** The value at {@code (x, y)} pixels from the lattice origin. */
	public double value(final double x, final double y) {
		final double fu = inverse[0] * x + inverse[2] * y, fv = inverse[1] * x + inverse[3] * y;
		double s = 0;
		for (final SymmetryOp g : group.ops()) {
			final double gu = g.x(fu, fv), gv = g.y(fu, fv);
			s += neighbours(gu - Math.floor(gu), gv - Math.floor(gv));
		}
		return s;
	}

	// -- Helper methods --

	/** The motif summed over the cells around the reduced fractional point {@code (u, v)}. */
	private double neighbours(final double u, final double v) {
		double s = 0;
		for (int i = -range; i <= range; i++)
			for (int j = -range; j <= range; j++) {
				final double pu = u + i, pv = v + j;
				s += motif.value(pu * basis[0] + pv * basis[2], pu * basis[1] + pv * basis[3]);
			}
		return s;
	}
}
