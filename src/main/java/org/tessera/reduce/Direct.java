package org.tessera.reduce;

/**
 * Kernels that read 8- and 16-bit rows straight from a chunk's primitive array, skipping the
 * widening copy of {@link Row}: the hot paths of detector data (uint16 counts). NB: one loop per
 * signedness with no branch inside, so the JIT vectorises them; row sums accumulate in an
 * {@code int}, which cannot overflow for rows shorter than 2^15 (checked by the callers).
 */
final class Direct {

	/** The longest row whose 16-bit sum fits an int. */
	static final int MAX_INT_ROW = 1 << 15;

	private Direct() {}

	static long sum(final short[] a, final int off, final int len, final boolean unsigned) {
		int s = 0;
		if (unsigned) for (int j = 0; j < len; j++) s += a[off + j] & 0xffff;
		else for (int j = 0; j < len; j++) s += a[off + j];
		return s;
	}

	static void add(final long[] acc, final int out, final short[] a, final int off, final int len,
		final boolean unsigned)
	{
		if (unsigned) for (int j = 0; j < len; j++) acc[out + j] += a[off + j] & 0xffff;
		else for (int j = 0; j < len; j++) acc[out + j] += a[off + j];
	}

	static long sum(final byte[] a, final int off, final int len, final boolean unsigned) {
		int s = 0;
		if (unsigned) for (int j = 0; j < len; j++) s += a[off + j] & 0xff;
		else for (int j = 0; j < len; j++) s += a[off + j];
		return s;
	}

	static void add(final long[] acc, final int out, final byte[] a, final int off, final int len,
		final boolean unsigned)
	{
		if (unsigned) for (int j = 0; j < len; j++) acc[out + j] += a[off + j] & 0xff;
		else for (int j = 0; j < len; j++) acc[out + j] += a[off + j];
	}

	/** The dot product of a 16-bit row with a row of weights. */
	static double dot(final double[] w, final int wo, final short[] a, final int off, final int len,
		final boolean unsigned)
	{
		double s = 0;
		if (unsigned) for (int j = 0; j < len; j++) s += w[wo + j] * (a[off + j] & 0xffff);
		else for (int j = 0; j < len; j++) s += w[wo + j] * a[off + j];
		return s;
	}
}
