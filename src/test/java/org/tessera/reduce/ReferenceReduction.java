package org.tessera.reduce;

import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;

import java.math.BigInteger;

/**
 * The plain reference a streaming reduction must equal: visits every element of a
 * {@link MemoryChunkedArray} by position, in C order, and accumulates exact integers
 * ({@link BigInteger}) or doubles per output element.
 */
final class ReferenceReduction {

	final BigInteger[] exact;
	final double[] values;
	final double[] magnitude;

	/**
	 * @param weights per position of the reduced axes (weighted sums), or null
	 */
	ReferenceReduction(final MemoryChunkedArray a, final Op op, final int[] axes, final double[] weights) {
		final long[] shape = a.shape();
		final int comps = a.dtype().components();
		final boolean[] reduced = new boolean[shape.length];
		for (final int d : axes) reduced[d] = true;
		long size = comps;
		for (int d = 0; d < shape.length; d++) if (!reduced[d]) size *= shape[d];
		exact = new BigInteger[(int) size];
		values = new double[(int) size];
		magnitude = new double[(int) size];
		java.util.Arrays.fill(values, op == Op.MAX ? Double.NEGATIVE_INFINITY : op == Op.MIN ? Double.POSITIVE_INFINITY : 0);
		final long[] pos = new long[shape.length];
		for (long e = 0; e < a.elementCount(); e++) {
			int out = 0, w = 0;
			for (int d = 0; d < shape.length; d++) {
				if (reduced[d]) w = (int) (w * shape[d] + pos[d]);
				else out = (int) (out * shape[d] + pos[d]);
			}
			for (int k = 0; k < comps; k++) {
				add(op, out * comps + k, a.value(pos, k), a.dtype(), weights == null ? 1 : weights[w]);
			}
			for (int d = shape.length - 1; d >= 0 && ++pos[d] == shape[d]; d--) pos[d] = 0;
		}
		if (op == Op.MEAN) {
			long count = 1;
			for (final int d : axes) count *= shape[d];
			for (int i = 0; i < size; i++) values[i] = (a.dtype().isInteger() ? exact[i].doubleValue() : values[i]) / count;
		}
	}

	private void add(final Op op, final int i, final Object v, final DType t, final double weight) {
		final double d = v instanceof Long l ? unsigned(l, t).doubleValue() : (Double) v;
		if (v instanceof Long l) {
			final BigInteger b = unsigned(l, t);
			exact[i] = exact[i] == null ? b : op == Op.MAX ? exact[i].max(b) : op == Op.MIN ? exact[i].min(b) : exact[i].add(b);
		}
		switch (op) {
			case MAX -> values[i] = Math.max(values[i], d);
			case MIN -> values[i] = Math.min(values[i], d);
			case WEIGHTED -> values[i] += weight * d;
			default -> values[i] += d;
		}
		magnitude[i] += Math.abs(weight * d);
	}

	static BigInteger unsigned(final long l, final DType t) {
		final BigInteger b = BigInteger.valueOf(l);
		return t == DType.UINT64 && l < 0 ? b.add(BigInteger.ONE.shiftLeft(64)) : b;
	}
}
