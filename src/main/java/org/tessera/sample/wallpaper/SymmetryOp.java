package org.tessera.sample.wallpaper;

/**
 * One symmetry operation of a plane group on fractional coordinates: {@code f' = M f + t} with an
 * integer matrix {@code M} in the lattice basis and a fractional translation {@code t} (a glide part or
 * a centring vector).
 *
 * @param m00 row 0, column 0 of {@code M}
 * @param m01 row 0, column 1
 * @param m10 row 1, column 0
 * @param m11 row 1, column 1
 * @param tx translation along the first basis vector, in cells
 * @param ty translation along the second basis vector, in cells
 */
public record SymmetryOp(int m00, int m01, int m10, int m11, double tx, double ty) {

	/** The identity. */
	public static final SymmetryOp IDENTITY = of(1, 0, 0, 1);

	/** A point operation (no translation). */
	public static SymmetryOp of(final int m00, final int m01, final int m10, final int m11) {
		return new SymmetryOp(m00, m01, m10, m11, 0, 0);
	}

	/** The same point operation followed by a further translation. */
	public SymmetryOp shifted(final double dx, final double dy) {
		return new SymmetryOp(m00, m01, m10, m11, tx + dx, ty + dy);
	}

	/** First fractional coordinate of the image of {@code (x, y)}. */
	public double x(final double x, final double y) {
		return m00 * x + m01 * y + tx;
	}

	/** Second fractional coordinate of the image of {@code (x, y)}. */
	public double y(final double x, final double y) {
		return m10 * x + m11 * y + ty;
	}

	/** The determinant of {@code M}: +1 for rotations, -1 for mirrors and glides. */
	public int determinant() {
		return m00 * m11 - m01 * m10;
	}
}
