package org.tessera.reduce;

import org.tessera.io.DType;

/** Sums (and means) of floating point and complex types in {@code double}s; NaN propagates. */
final class DoubleSum extends Accumulator {

	private final Op op;
	private final boolean complex;
	private final double[] acc;

	DoubleSum(final Layout layout, final Op op, final DType source) {
		super(layout);
		this.op = op;
		this.complex = source.kind() == DType.Kind.COMPLEX;
		this.acc = new double[layout.size];
	}

	@Override
	void add(final Row row, final int out, final int weight) {
		final double[] v = row.doubles();
		final int n = row.length;
		if (layout.inner == Layout.Inner.KEPT) {
			for (int j = 0; j < n; j++) acc[out + j] += v[j];
		}
		else {
			double s = 0;
			for (int j = 0; j < n; j++) s += v[j];
			acc[out] += s;
		}
	}

	@Override
	void merge(final Accumulator other) {
		final double[] o = ((DoubleSum) other).acc;
		for (int i = 0; i < acc.length; i++) acc[i] += o[i];
	}

	@Override
	Object finish(final String what) {
		return op == Op.SUM ? acc : mean(acc);
	}

	@Override
	DType dtype() {
		return complex ? DType.COMPLEX128 : DType.FLOAT64;
	}
}
