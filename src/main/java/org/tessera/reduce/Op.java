package org.tessera.reduce;

/** The operation of one {@link Reduction} over some axes. */
public enum Op {
	/** Sum: exact {@code int64} for integer types ({@code uint64} stays unsigned), float64 or complex128 otherwise. */
	SUM,
	/** Arithmetic mean: float64 (complex128 for complex types), from the exact sum for integer types. */
	MEAN,
	/** Largest value, widened like {@link #SUM}; NaN propagates, as in numpy. Not defined for complex types. */
	MAX,
	/** Smallest value, like {@link #MAX}. */
	MIN,
	/** Sum of the values times a {@link Mask} over the reduced axes (a virtual detector): float64 or complex128. */
	WEIGHTED;

	/** The lower-case name used in result names and JSON keys. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
