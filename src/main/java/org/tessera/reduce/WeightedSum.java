package org.tessera.reduce;

import org.tessera.io.DType;

/**
 * Sums of values times mask weights (virtual detector images) in {@code double}s; for complex
 * types both parts take the weight of their element.
 */
final class WeightedSum extends Accumulator {

	private final double[] weights;
	private final boolean complex;
	private final double[] acc;
	/** The mask's runs of ones when it is binary (the usual virtual detector), else null. */
	private final Runs runs;

	WeightedSum(final Layout layout, final double[] weights, final DType source) {
		super(layout);
		this.weights = weights;
		this.complex = source.kind() == DType.Kind.COMPLEX;
		this.acc = new double[layout.size];
		this.runs = layout.inner == Layout.Inner.WEIGHTED ? Runs.of(weights, layout.rowWidth) : null;
	}

	@Override
	void add(final Row row, final int out, final int weight) {
		final int n = row.length;
		if (layout.inner == Layout.Inner.WEIGHTED && row.raw() instanceof short[] s && row.integer()) {
			// NB: a binary mask sums runs of 16-bit values exactly (vectorised, zeros skipped); others in doubles
			acc[out] += runs != null ? runs.sum(s, row.offset(), n, weight, row.unsigned())
				: Direct.dot(weights, weight, s, row.offset(), n, row.unsigned());
			return;
		}
		final double[] v = row.doubles();
		if (layout.inner == Layout.Inner.WEIGHTED) {
			double s = 0;
			for (int j = 0; j < n; j++) s += weights[weight + j] * v[j];
			acc[out] += s;
			return;
		}
		final double w = weights[weight];
		for (int j = 0; j < n; j++) acc[out + j] += w * v[j];
	}

	@Override
	void merge(final Accumulator other) {
		final double[] o = ((WeightedSum) other).acc;
		for (int i = 0; i < acc.length; i++) acc[i] += o[i];
	}

	@Override
	Object finish(final String what) {
		return acc;
	}

	@Override
	DType dtype() {
		return complex ? DType.COMPLEX128 : DType.FLOAT64;
	}
}
