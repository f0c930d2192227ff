package org.tessera.reduce;

import org.tessera.io.DType;

/** Maxima or minima of floating point types in {@code double}s; NaN propagates, as in numpy. */
final class DoubleExtreme extends Accumulator {

	private final boolean max;
	private final double[] acc;

	DoubleExtreme(final Layout layout, final Op op) {
		super(layout);
		this.max = op == Op.MAX;
		this.acc = new double[layout.size];
		java.util.Arrays.fill(acc, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
	}

	@Override
	void add(final Row row, final int out, final int weight) {
		final double[] v = row.doubles();
		final int n = row.length;
		if (layout.inner == Layout.Inner.KEPT) {
			if (max) for (int j = 0; j < n; j++) acc[out + j] = Math.max(acc[out + j], v[j]);
			else for (int j = 0; j < n; j++) acc[out + j] = Math.min(acc[out + j], v[j]);
			return;
		}
		double e = acc[out];
		if (max) for (int j = 0; j < n; j++) e = Math.max(e, v[j]);
		else for (int j = 0; j < n; j++) e = Math.min(e, v[j]);
		acc[out] = e;
	}

	@Override
	void merge(final Accumulator other) {
		final double[] o = ((DoubleExtreme) other).acc;
		for (int i = 0; i < acc.length; i++) acc[i] = max ? Math.max(acc[i], o[i]) : Math.min(acc[i], o[i]);
	}

	@Override
	Object finish(final String what) {
		return acc;
	}

	@Override
	DType dtype() {
		return DType.FLOAT64;
	}
}
