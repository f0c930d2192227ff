package org.tessera.reduce;

import java.math.BigInteger;

/**
 * Whole-array statistics as {@code tessera stats} reports them.
 *
 * @param sha256 hex SHA-256 over the elements in C order, each little-endian (bool as one byte,
 *          complex as (real, imaginary) pairs)
 * @param count the number of elements
 * @param integerSum the exact sum for integer and bool types, else null
 * @param sum the sum as a double (NaNs ignored); for complex types the real part
 * @param sumImag the imaginary part of the sum for complex types, else 0
 * @param min the smallest value (NaNs ignored), NaN when undefined (complex, empty, all NaN)
 * @param max the largest value, likewise
 * @param nanCount how many elements were NaN (floating point types)
 */
public record Statistics(String sha256, long count, BigInteger integerSum, double sum, double sumImag, double min,
	double max, long nanCount)
{

	/** The mean of the non-NaN elements (the real part for complex types). */
	public double mean() {
		final long n = count - nanCount;
		if (n == 0) return Double.NaN;
		return integerSum != null ? new java.math.BigDecimal(integerSum).divide(java.math.BigDecimal.valueOf(n),
			java.math.MathContext.DECIMAL64).doubleValue() : sum / n;
	}
}
