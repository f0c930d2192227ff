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
		if (layout.inner != Layout.Inner.KEPT) {
			acc[out] += row.total();
			return;
		}
		// NB: instanceof tests, not a pattern switch: this runs once per row (8 million rows for a 2 GiB 4D-STEM scan).
		final Object raw = row.raw();
		if (raw instanceof short[] s) row.total(Direct.addSum(acc, out, s, row.offset(), row.length, row.unsigned()));
		else if (raw instanceof byte[] b) Direct.add(acc, out, b, row.offset(), row.length, row.unsigned());
		else {
			final long[] v = row.longs();
			for (int j = 0; j < row.length; j++) acc[out + j] += v[j];
		}
	}

	/** Adds each row's sum as it goes for 16-bit data, so it runs before the reductions that need it. */
	@Override
	boolean sumsRows() {
		return layout.inner == Layout.Inner.KEPT;
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
