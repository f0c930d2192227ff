package org.tessera.reduce;

import org.tessera.io.DType;

/**
 * Exact sums (and means) of {@code int64} and {@code uint64} in 128-bit accumulators (a low and a
 * high word per element), so intermediate overflow never matters. The finished sum must fit the
 * result type ({@code int64}, or {@code uint64} for unsigned input): otherwise an
 * {@link ArithmeticException} names the reduction and the element. Means are always defined.
 */
final class WideSum extends Accumulator {

	private final Op op;
	private final boolean unsigned;
	private final long[] lo;
	private final long[] hi;

	WideSum(final Layout layout, final Op op, final boolean unsigned) {
		super(layout);
		this.op = op;
		this.unsigned = unsigned;
		this.lo = new long[layout.size];
		this.hi = new long[layout.size];
	}

	@Override
	void add(final Row row, final int out, final int weight) {
		final long[] v = row.longs();
		final boolean kept = layout.inner == Layout.Inner.KEPT;
		for (int j = 0; j < row.length; j++) {
			plus(kept ? out + j : out, v[j], unsigned ? 0 : v[j] >> 63);
		}
	}

	/** Adds the 128-bit value {@code (h, l)} to element {@code i}. */
	private void plus(final int i, final long l, final long h) {
		final long r = lo[i] + l;
		hi[i] += h + (Long.compareUnsigned(r, lo[i]) < 0 ? 1 : 0);
		lo[i] = r;
	}

	@Override
	void merge(final Accumulator other) {
		final WideSum o = (WideSum) other;
		for (int i = 0; i < lo.length; i++) plus(i, o.lo[i], o.hi[i]);
	}

	@Override
	Object finish(final String what) {
		if (op == Op.MEAN) {
			final double[] d = new double[lo.length];
			for (int i = 0; i < d.length; i++) d[i] = hi[i] * 0x1p64 + ReducedArray.unsignedToDouble(lo[i]);
			return mean(d);
		}
		for (int i = 0; i < lo.length; i++) {
			if (hi[i] != (unsigned ? 0 : lo[i] >> 63)) {
				throw new ArithmeticException(what + ": the sum at element " + i + " overflows " + dtype()
					+ " (use --mean, or reduce fewer elements)");
			}
		}
		return lo;
	}

	@Override
	DType dtype() {
		return op == Op.MEAN ? DType.FLOAT64 : unsigned ? DType.UINT64 : DType.INT64;
	}
}
