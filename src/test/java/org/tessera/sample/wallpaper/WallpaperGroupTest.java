package org.tessera.sample.wallpaper;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operation tables are real plane groups: every operation is an isometry of the group's lattice,
 * the tables are closed under composition (modulo lattice translations), the orders match the
 * International Tables, and the continuous pattern is exactly invariant under every operation.
 */
class WallpaperGroupTest {

	@Test
	void everyOperationIsAnIsometryOfItsLattice() {
		for (final WallpaperGroup g : WallpaperGroup.values()) {
			final double[] b = g.lattice().canonicalBasis(1);
			for (final SymmetryOp o : g.ops()) {
				final double[] p = physical(o, b);
				assertEquals(1, p[0] * p[0] + p[2] * p[2], 1e-12, g + " " + o + " column 0 length");
				assertEquals(1, p[1] * p[1] + p[3] * p[3], 1e-12, g + " " + o + " column 1 length");
				assertEquals(0, p[0] * p[1] + p[2] * p[3], 1e-12, g + " " + o + " orthogonal columns");
			}
		}
	}

	@Test
	void tablesAreClosedUnderComposition() {
		for (final WallpaperGroup g : WallpaperGroup.values())
			for (final SymmetryOp a : g.ops())
				for (final SymmetryOp b : g.ops()) {
					final SymmetryOp ab = compose(a, b);
					assertTrue(g.ops().stream().anyMatch(o -> sameModuloLattice(o, ab)), g + ": " + a + " ∘ " + b);
				}
	}

	@Test
	void coset_counts_match_the_international_tables() {
		final int[] expected = { 1, 2, 2, 2, 4, 4, 4, 4, 8, 4, 8, 8, 3, 6, 6, 6, 12 };
		for (final WallpaperGroup g : WallpaperGroup.values())
			assertEquals(expected[g.ordinal()], g.ops().size(), g.symbol());
		assertEquals(List.of("p1", "p2", "pm", "pg", "cm", "pmm", "pmg", "pgg", "cmm", "p4", "p4m", "p4g", "p3",
			"p3m1", "p31m", "p6", "p6m"), List.of(WallpaperGroup.values()).stream().map(WallpaperGroup::symbol).toList());
	}

	@Test
	void patternIsInvariantUnderEveryOperation() {
		final SplittableRandom rng = new SplittableRandom(7);
		for (final WallpaperGroup g : WallpaperGroup.values()) {
			final double[] b = g.lattice().basis(20, rng);
			final WallpaperPattern p = new WallpaperPattern(g, b, Motif.random(b, rng));
			for (final SymmetryOp o : g.ops())
				for (int i = 0; i < 50; i++) {
					final double u = 3 * rng.nextDouble() - 1.5, v = 3 * rng.nextDouble() - 1.5;
					final double gu = o.x(u, v), gv = o.y(u, v);
					assertEquals(p.value(u * b[0] + v * b[2], u * b[1] + v * b[3]),
						p.value(gu * b[0] + gv * b[2], gu * b[1] + gv * b[3]), 1e-9, g + " " + o);
				}
		}
	}

	// -- Helper methods --

	/** The operation's linear part in pixel space, {@code B M B⁻¹}, as {@code {p00, p01, p10, p11}}. */
	private static double[] physical(final SymmetryOp o, final double[] b) {
		final double det = b[0] * b[3] - b[1] * b[2];
		final double i00 = b[3] / det, i01 = -b[2] / det, i10 = -b[1] / det, i11 = b[0] / det;
		final double m00 = o.m00() * i00 + o.m01() * i10, m01 = o.m00() * i01 + o.m01() * i11;
		final double m10 = o.m10() * i00 + o.m11() * i10, m11 = o.m10() * i01 + o.m11() * i11;
		return new double[] { b[0] * m00 + b[2] * m10, b[0] * m01 + b[2] * m11, b[1] * m00 + b[3] * m10,
			b[1] * m01 + b[3] * m11 };
	}

	/** {@code a ∘ b}: first b, then a. */
	private static SymmetryOp compose(final SymmetryOp a, final SymmetryOp b) {
		return new SymmetryOp(a.m00() * b.m00() + a.m01() * b.m10(), a.m00() * b.m01() + a.m01() * b.m11(),
			a.m10() * b.m00() + a.m11() * b.m10(), a.m10() * b.m01() + a.m11() * b.m11(), a.x(b.tx(), b.ty()),
			a.y(b.tx(), b.ty()));
	}

	private static boolean sameModuloLattice(final SymmetryOp o, final SymmetryOp p) {
		return o.m00() == p.m00() && o.m01() == p.m01() && o.m10() == p.m10() && o.m11() == p.m11()
			&& integral(o.tx() - p.tx()) && integral(o.ty() - p.ty());
	}

	private static boolean integral(final double d) {
		return Math.abs(d - Math.rint(d)) < 1e-12;
	}
}
