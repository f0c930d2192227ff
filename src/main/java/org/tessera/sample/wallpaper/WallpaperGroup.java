package org.tessera.sample.wallpaper;

import java.util.ArrayList;
import java.util.List;

import static org.tessera.sample.wallpaper.SymmetryOp.of;

/**
 * The 17 plane (wallpaper) groups, each with its lattice type and one representative of every coset of
 * its translation subgroup, in the standard settings of the International Tables for Crystallography,
 * Vol. A (fractional coordinates; the centred groups in their conventional rectangular cell with the
 * centring translation (½, ½) listed as extra operations).
 */
public enum WallpaperGroup {

	P1(LatticeType.OBLIQUE, List.of(SymmetryOp.IDENTITY)),
	P2(LatticeType.OBLIQUE, Ops.TWOFOLD),
	PM(LatticeType.RECTANGULAR, List.of(SymmetryOp.IDENTITY, Ops.MIRROR_X)),
	PG(LatticeType.RECTANGULAR, List.of(SymmetryOp.IDENTITY, Ops.MIRROR_X.shifted(0, 0.5))),
	CM(LatticeType.CENTRED_RECTANGULAR, Ops.centred(List.of(SymmetryOp.IDENTITY, Ops.MIRROR_X))),
	PMM(LatticeType.RECTANGULAR, Ops.MMM),
	PMG(LatticeType.RECTANGULAR, Ops.withGlides(Ops.TWOFOLD, 0.5, 0)),
	PGG(LatticeType.RECTANGULAR, Ops.withGlides(Ops.TWOFOLD, 0.5, 0.5)),
	CMM(LatticeType.CENTRED_RECTANGULAR, Ops.centred(Ops.MMM)),
	P4(LatticeType.SQUARE, Ops.FOURFOLD),
	P4M(LatticeType.SQUARE, Ops.concat(Ops.FOURFOLD, Ops.SQUARE_MIRRORS)),
	P4G(LatticeType.SQUARE, Ops.concat(Ops.FOURFOLD, Ops.shifted(Ops.SQUARE_MIRRORS, 0.5, 0.5))),
	P3(LatticeType.HEXAGONAL, Ops.THREEFOLD),
	P3M1(LatticeType.HEXAGONAL, Ops.concat(Ops.THREEFOLD, Ops.MIRRORS_3M1)),
	P31M(LatticeType.HEXAGONAL, Ops.concat(Ops.THREEFOLD, Ops.MIRRORS_31M)),
	P6(LatticeType.HEXAGONAL, Ops.SIXFOLD),
	P6M(LatticeType.HEXAGONAL, Ops.concat(Ops.SIXFOLD, Ops.concat(Ops.MIRRORS_3M1, Ops.MIRRORS_31M)));

	private final LatticeType lattice;
	private final List<SymmetryOp> ops;

	WallpaperGroup(final LatticeType lattice, final List<SymmetryOp> ops) {
		this.lattice = lattice;
		this.ops = ops;
	}

	/** The lattice system the group needs. */
	public LatticeType lattice() {
		return lattice;
	}

	/** One operation per coset of the translations (the identity first). */
	public List<SymmetryOp> ops() {
		return ops;
	}

	/** The conventional symbol: {@code p1}, {@code p4m}, {@code p31m}, … */
	public String symbol() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The order of the highest rotation about a lattice point (1, 2, 3, 4 or 6). */
	public int rotationOrder() {
		return switch (this) {
			case P1, PM, PG, CM -> 1;
			case P3, P3M1, P31M -> 3;
			case P4, P4M, P4G -> 4;
			case P6, P6M -> 6;
			default -> 2;
		};
	}

	/** Whether a mirror line passes through the lattice origin along the second basis vector ({@code x → -x}). */
	public boolean mirrorThroughOrigin() {
		return this == PM || this == CM || this == PMM || this == CMM || this == P4M;
	}

	// -- Operation tables --

	/** The operation lists the groups share. */
	private static final class Ops {

		static final SymmetryOp MIRROR_X = of(-1, 0, 0, 1);
		static final List<SymmetryOp> TWOFOLD = List.of(SymmetryOp.IDENTITY, of(-1, 0, 0, -1));
		static final List<SymmetryOp> MMM = concat(TWOFOLD, List.of(MIRROR_X, of(1, 0, 0, -1)));
		static final List<SymmetryOp> FOURFOLD = concat(TWOFOLD, List.of(of(0, -1, 1, 0), of(0, 1, -1, 0)));
		static final List<SymmetryOp> SQUARE_MIRRORS = List.of(MIRROR_X, of(1, 0, 0, -1), of(0, 1, 1, 0),
			of(0, -1, -1, 0));
		static final List<SymmetryOp> THREEFOLD = List.of(SymmetryOp.IDENTITY, of(0, -1, 1, -1), of(-1, 1, -1, 0));
		static final List<SymmetryOp> SIXFOLD = concat(THREEFOLD, List.of(of(-1, 0, 0, -1), of(0, 1, -1, 1),
			of(1, -1, 1, 0)));
		/** (-y, -x), (-x+y, y), (x, x-y). */
		static final List<SymmetryOp> MIRRORS_3M1 = List.of(of(0, -1, -1, 0), of(-1, 1, 0, 1), of(1, 0, 1, -1));
		/** (y, x), (x-y, -y), (-x, -x+y). */
		static final List<SymmetryOp> MIRRORS_31M = List.of(of(0, 1, 1, 0), of(1, -1, 0, -1), of(-1, 0, -1, 1));

		static List<SymmetryOp> concat(final List<SymmetryOp> a, final List<SymmetryOp> b) {
			final List<SymmetryOp> out = new ArrayList<>(a);
			out.addAll(b);
			return List.copyOf(out);
		}

		static List<SymmetryOp> shifted(final List<SymmetryOp> ops, final double dx, final double dy) {
			return ops.stream().map(o -> o.shifted(dx, dy)).toList();
		}

		/** The two-fold group plus its two mirrors turned into glides (pmg: ½ 0; pgg: ½ ½). */
		static List<SymmetryOp> withGlides(final List<SymmetryOp> twofold, final double dx, final double dy) {
			return concat(twofold, List.of(MIRROR_X.shifted(dx, dy), of(1, 0, 0, -1).shifted(dx, dy)));
		}

		/** The operations and the same followed by the centring translation (½, ½). */
		static List<SymmetryOp> centred(final List<SymmetryOp> ops) {
			return concat(ops, shifted(ops, 0.5, 0.5));
		}
	}
}
