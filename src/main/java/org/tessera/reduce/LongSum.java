package org.tessera.reduce;

import org.tessera.io.DType;

/**
 * Exact sums (and means) of integer types up to 32 bits in {@code long}s. NB: exact while a
 * result element sums fewer than 2^31 elements of the widest type (uint32), far beyond real arrays.
 */
final class LongSum extends Accumulator {

	private final Op op;
	private final long[] acc;

	LongSum(final Layout layout, final Op op) {
		super(layout);
		this.op = op;
		this.acc = new long[layout.size];
	}

	@Override
	void add(final Row row, final int out, final int weight) {
		final long[] v = row.longs();
		final int n = row.length;
		if (layout.inner == Layout.Inner.KEPT) {
			for (int j = 0; j < n; j++) acc[out + j] += v[j];
		}
		else {
			long s = 0;
			for (int j = 0; j < n; j++) s += v[j];
			acc[out] += s;
		}
	}

	@Override
	void merge(final Accumulator other) {
		final long[] o = ((LongSum) other).acc;
		for (int i = 0; i < acc.length; i++) acc[i] += o[i];
	}

	@Override
	Object finish(final String what) {
		if (op == Op.SUM) return acc;
		final double[] d = new double[acc.length];
		for (int i = 0; i < d.length; i++) d[i] = acc[i];
		return mean(d);
	}

	@Override
	DType dtype() {
		return op == Op.SUM ? DType.INT64 : DType.FLOAT64;
	}
}
