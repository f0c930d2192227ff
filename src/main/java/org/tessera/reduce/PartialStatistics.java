package org.tessera.reduce;

import org.tessera.io.DType;

import java.math.BigInteger;

/**
 * Mutable accumulator of sum, min, max and NaN count over chunks of one data type; partial results
 * of several threads are merged with {@link #merge}. Integer sums are exact.
 */
final class PartialStatistics {

	private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

	private final DType type;
	private long count;
	private BigInteger intSum = BigInteger.ZERO;
	private double sum;
	private double sumImag;
	private double min = Double.POSITIVE_INFINITY;
	private double max = Double.NEGATIVE_INFINITY;
	private long nans;
	/** Scratch for the min/max kernels. NB: integer chunks are scanned by {@link Direct}'s vectorised loops. */
	private final long[] mm = new long[2];

	PartialStatistics(final DType type) {
		this.type = type;
	}

	/** Adds every element of a decoded chunk. */
	void add(final Object data) {
		switch (type.storage()) {
			case BYTE -> addBytes((byte[]) data);
			case SHORT -> addShorts((short[]) data);
			case INT -> addInts((int[]) data);
			case LONG -> addLongs((long[]) data);
			case FLOAT -> addFloats((float[]) data);
			case DOUBLE -> addDoubles((double[]) data);
			case NONE -> throw new IllegalStateException("no statistics for " + type);
		}
	}

	private void addBytes(final byte[] a) {
		final boolean unsigned = type.kind() != DType.Kind.INT;
		Direct.minMax(a, 0, a.length, unsigned, mm);
		addInteger(a.length, Direct.sum(a, 0, a.length, unsigned), mm[0], mm[1]);
	}

	private void addShorts(final short[] a) {
		if (type == DType.FLOAT16) {
			for (final short b : a) addDouble(Float.float16ToFloat(b));
			count += a.length;
			return;
		}
		final boolean unsigned = type.kind() == DType.Kind.UINT;
		Direct.minMax(a, 0, a.length, unsigned, mm);
		addInteger(a.length, Direct.sum(a, 0, a.length, unsigned), mm[0], mm[1]);
	}

	private void addInts(final int[] a) {
		final boolean unsigned = type.kind() == DType.Kind.UINT;
		Direct.minMax(a, 0, a.length, unsigned, mm);
		// NB: exact: a chunk holds under 2^31 values, each under 2^32
		addInteger(a.length, Direct.sum(a, 0, a.length, unsigned), mm[0], mm[1]);
	}

	private void addLongs(final long[] a) {
		final boolean unsigned = type.kind() == DType.Kind.UINT;
		BigInteger s = BigInteger.ZERO;
		long run = 0;
		for (final long v : a) {
			if (unsigned) {
				s = s.add(v < 0 ? BigInteger.valueOf(v).add(TWO_64) : BigInteger.valueOf(v));
				final double d = v < 0 ? (double) (v >>> 1) * 2.0 : v;
				min = Math.min(min, d);
				max = Math.max(max, d);
			}
			else {
				final long r = run + v;
				if (((run ^ r) & (v ^ r)) < 0) {
					s = s.add(BigInteger.valueOf(run));
					run = v;
				}
				else run = r;
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		}
		intSum = intSum.add(s).add(BigInteger.valueOf(run));
		count += a.length;
	}

	private void addInteger(final int n, final long s, final long lo, final long hi) {
		count += n;
		intSum = intSum.add(BigInteger.valueOf(s));
		if (n > 0) {
			min = Math.min(min, lo);
			max = Math.max(max, hi);
		}
	}

	private void addFloats(final float[] a) {
		if (type.kind() == DType.Kind.COMPLEX) {
			for (int i = 0; i < a.length; i += 2) addComplex(a[i], a[i + 1]);
			count += a.length / 2;
			return;
		}
		for (final float v : a) addDouble(v);
		count += a.length;
	}

	private void addDoubles(final double[] a) {
		if (type.kind() == DType.Kind.COMPLEX) {
			for (int i = 0; i < a.length; i += 2) addComplex(a[i], a[i + 1]);
			count += a.length / 2;
			return;
		}
		for (final double v : a) addDouble(v);
		count += a.length;
	}

	private void addDouble(final double v) {
		if (Double.isNaN(v)) {
			nans++;
			return;
		}
		sum += v;
		if (v < min) min = v;
		if (v > max) max = v;
	}

	private void addComplex(final double re, final double im) {
		if (Double.isNaN(re) || Double.isNaN(im)) nans++;
		else {
			sum += re;
			sumImag += im;
		}
	}

	/** Adds another partial result of the same type into this one. */
	void merge(final PartialStatistics o) {
		count += o.count;
		intSum = intSum.add(o.intSum);
		sum += o.sum;
		sumImag += o.sumImag;
		min = Math.min(min, o.min);
		max = Math.max(max, o.max);
		nans += o.nans;
	}

	/** The final result with the given hash. */
	Statistics result(final String sha256) {
		final boolean integer = type.isInteger();
		final boolean defined = type.kind() != DType.Kind.COMPLEX && count > nans;
		return new Statistics(sha256, count, integer ? intSum : null, integer ? intSum.doubleValue() : sum, sumImag,
			defined ? min : Double.NaN, defined ? max : Double.NaN, nans);
	}
}
