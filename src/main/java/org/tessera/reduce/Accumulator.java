package org.tessera.reduce;

import org.tessera.io.DType;

/**
 * One worker thread's partial result of one reduction: an output-sized primitive array that rows
 * of chunks are folded into, merged with the other threads' partials at the end. Memory is one
 * output per reduction per thread, never proportional to the source array.
 */
abstract class Accumulator {

	final Layout layout;

	Accumulator(final Layout layout) {
		this.layout = layout;
	}

	/**
	 * Folds one row into the output.
	 *
	 * @param out the output primitive of the row's first element
	 * @param weight the weight index of the row's first element (weighted reductions only)
	 */
	abstract void add(Row row, int out, int weight);

	/** Whether {@link #add} records each row's sum as it goes ({@link Row#total(long)}): such run first. */
	boolean sumsRows() {
		return false;
	}

	/** Adds another thread's partial of the same reduction into this one. */
	abstract void merge(Accumulator other);

	/** The finished values ({@code long[]} or {@code double[]}); {@code what} names the reduction in errors. */
	abstract Object finish(String what);

	/** The result's data type. */
	abstract DType dtype();

	/** The accumulator for a reduction of an array of type {@code source}. */
	static Accumulator create(final Spec spec, final Layout layout, final DType source) {
		final boolean wide = source == DType.INT64 || source == DType.UINT64;
		return switch (spec.op()) {
			case SUM, MEAN -> !source.isInteger() ? new DoubleSum(layout, spec.op(), source)
				: wide ? new WideSum(layout, spec.op(), source == DType.UINT64) : new LongSum(layout, spec.op());
			case MAX, MIN -> source.isInteger() ? new LongExtreme(layout, spec.op(), source == DType.UINT64)
				: new DoubleExtreme(layout, spec.op());
			case WEIGHTED -> new WeightedSum(layout, spec.mask().weights(), source);
		};
	}

	/** Divides sums by the number of reduced elements. */
	final double[] mean(final double[] sums) {
		for (int i = 0; i < sums.length; i++) sums[i] /= layout.count;
		return sums;
	}
}
