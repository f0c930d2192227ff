package org.tessera.reduce;

import org.tessera.io.DType;

/**
 * Maxima or minima of integer types in {@code long}s. NB: uint64 values are compared with their
 * sign bit flipped (which maps unsigned order onto signed order) and flipped back at the end.
 */
final class LongExtreme extends Accumulator {

	private final boolean max;
	private final long bias;
	private final long[] acc;

	LongExtreme(final Layout layout, final Op op, final boolean unsigned64) {
		super(layout);
		this.max = op == Op.MAX;
		this.bias = unsigned64 ? Long.MIN_VALUE : 0;
		this.acc = new long[layout.size];
		java.util.Arrays.fill(acc, max ? Long.MIN_VALUE : Long.MAX_VALUE);
	}

	@Override
	void add(final Row row, final int out, final int weight) {
		final long[] v = row.longs();
		final int n = row.length;
		if (layout.inner == Layout.Inner.KEPT) {
			if (max) for (int j = 0; j < n; j++) acc[out + j] = Math.max(acc[out + j], v[j] ^ bias);
			else for (int j = 0; j < n; j++) acc[out + j] = Math.min(acc[out + j], v[j] ^ bias);
			return;
		}
		long e = acc[out];
		if (max) for (int j = 0; j < n; j++) e = Math.max(e, v[j] ^ bias);
		else for (int j = 0; j < n; j++) e = Math.min(e, v[j] ^ bias);
		acc[out] = e;
	}

	@Override
	void merge(final Accumulator other) {
		final long[] o = ((LongExtreme) other).acc;
		for (int i = 0; i < acc.length; i++) acc[i] = max ? Math.max(acc[i], o[i]) : Math.min(acc[i], o[i]);
	}

	@Override
	Object finish(final String what) {
		for (int i = 0; i < acc.length; i++) acc[i] ^= bias;
		return acc;
	}

	@Override
	DType dtype() {
		return bias != 0 ? DType.UINT64 : DType.INT64;
	}
}
