package org.tessera.reduce;

import org.tessera.io.Axis;
import org.tessera.io.DType;

import java.util.List;

/**
 * One result of a {@link Reduction}: a small in-memory array over the kept axes, C order, with
 * their calibrations carried over from the source array.
 * <p>
 * {@code data} is a {@code long[]} for {@code int64} and {@code uint64} results (uint64 as unsigned
 * bits) and a {@code double[]} for {@code float64}, or interleaved (real, imaginary) pairs for
 * {@code complex128}.
 * </p>
 *
 * @param name the result's name ({@code "sum_E"}, or one chosen with {@link Reduction#as})
 * @param op the operation
 * @param reducedAxes the source axes reduced away, ascending
 * @param shape the shape over the kept axes, C order ({@code []} when every axis was reduced)
 * @param axes the kept axes of the source, C order
 * @param dtype {@code int64}, {@code uint64}, {@code float64} or {@code complex128}
 * @param data the values, C order
 */
public record ReducedArray(String name, Op op, int[] reducedAxes, long[] shape, List<Axis> axes, DType dtype,
	Object data)
{

	/** The number of elements. */
	public int elementCount() {
		long n = 1;
		for (final long s : shape) n *= s;
		return (int) n;
	}

	/** Element {@code i} (the real part for complex results) as a double; uint64 read unsigned. */
	public double doubleAt(final int i) {
		if (data instanceof long[] l) return dtype == DType.UINT64 ? unsignedToDouble(l[i]) : l[i];
		return ((double[]) data)[i * dtype.components()];
	}

	/** The names of the reduced source axes. */
	public List<String> reducedAxisNames(final List<Axis> sourceAxes) {
		return java.util.Arrays.stream(reducedAxes).mapToObj(d -> sourceAxes.get(d).name()).toList();
	}

	/** An unsigned 64-bit integer as the nearest double. */
	static double unsignedToDouble(final long v) {
		return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
	}
}
