package org.tessera.reduce;

import org.tessera.io.DType;

/**
 * One row of a chunk (a run along its innermost axis) widened into a reusable primitive buffer:
 * integer types into {@code long}s (unsigned types zero-extended, uint64 as raw bits), floating
 * point types into {@code double}s. Integer rows are converted to doubles only when a weighted
 * reduction asks. One per worker thread; the buffers are row sized, so they stay in L1 cache.
 */
final class Row {

	private final DType type;
	private final boolean integer;
	private final boolean unsigned;
	private long[] longs = new long[0];
	private double[] doubles = new double[0];
	private boolean doublesReady;
	private boolean longsReady;
	private boolean totalReady;
	private long total;
	private Object raw;
	private int offset;
	int length;

	Row(final DType type) {
		this.type = type;
		this.integer = type.isInteger();
		this.unsigned = type.kind() != DType.Kind.INT;
	}

	boolean integer() {
		return integer;
	}

	boolean unsigned() {
		return unsigned;
	}

	/** The chunk's primitive array the row lies in (for {@link Direct} kernels). */
	Object raw() {
		return raw;
	}

	/** The row's first primitive in {@link #raw()}. */
	int offset() {
		return offset;
	}

	/** Points at {@code len} primitives of a chunk's data from {@code off}; widened on first use. */
	void load(final Object data, final int off, final int len) {
		raw = data;
		offset = off;
		length = len;
		longsReady = false;
		doublesReady = false;
		totalReady = false;
	}

	/**
	 * The exact sum of the row (integer types only), computed once per row however many
	 * reductions sum it: 8- and 16-bit rows straight from the chunk's array.
	 */
	long total() {
		if (!totalReady) {
			// NB: instanceof tests, not a pattern switch: this runs once per row.
			if (raw instanceof short[] s) total = Direct.sum(s, offset, length, unsigned);
			else if (raw instanceof byte[] b) total = Direct.sum(b, offset, length, unsigned);
			else total = sum(longs(), length);
			totalReady = true;
		}
		return total;
	}

	/** Records the row's sum, computed by a kernel that read the row anyway. */
	void total(final long sum) {
		total = sum;
		totalReady = true;
	}

	private static long sum(final long[] v, final int len) {
		long s = 0;
		for (int j = 0; j < len; j++) s += v[j];
		return s;
	}

	private void widen() {
		final Object data = raw;
		final int off = offset;
		final int len = length;
		if (integer && longs.length < len) longs = new long[len];
		if (doubles.length < len) doubles = new double[len];
		longsReady = true;
		doublesReady = !integer;
		switch (data) {
			case byte[] b -> Widen.bytes(b, off, len, longs, unsigned);
			case short[] s when type == DType.FLOAT16 -> Widen.halves(s, off, len, doubles);
			case short[] s -> Widen.shorts(s, off, len, longs, unsigned);
			case int[] i -> Widen.ints(i, off, len, longs, unsigned);
			case long[] l -> System.arraycopy(l, off, longs, 0, len);
			case float[] f -> Widen.floats(f, off, len, doubles);
			case double[] d -> System.arraycopy(d, off, doubles, 0, len);
			default -> throw new IllegalStateException("no pixel storage for " + type);
		}
	}

	/** The row as longs (integer types only). */
	long[] longs() {
		if (!longsReady) widen();
		return longs;
	}

	/** The row as doubles, converted once per row for integer types (uint64 read unsigned). */
	double[] doubles() {
		if (!longsReady) widen();
		if (!doublesReady) {
			if (type == DType.UINT64) Widen.unsignedLongs(longs, length, doubles);
			else Widen.longs(longs, length, doubles);
			doublesReady = true;
		}
		return doubles;
	}
}
