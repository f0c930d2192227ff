package org.tessera.reduce;

/**
 * Kernels that read 8- and 16-bit rows straight from a chunk's primitive array, skipping the
 * widening copy of {@link Row}: the hot paths of detector data (uint16 counts). Sums accumulate
 * in {@code long}s, so rows of any length are exact.
 * <p>
 * NB: C2 (JDK 21 to 25) vectorises these loops only in this form, measured on AVX2 and AVX-512:
 * {@code long} accumulators ({@code int} sum reductions stay scalar), and unsigned values as a
 * sign-extended load ANDed with a mask that is <em>not</em> a constant. A literal
 * {@code a[j] & 0xffff} becomes an unsigned load that SuperWord leaves scalar (2 to 3 times
 * slower); so the masks are read from non-final fields, which C2 hoists but never folds.
 * </p>
 */
final class Direct {

	// NB: not final on purpose (see the class comment); never written.
	private static long u8 = 0xffL;
	private static long u16 = 0xffffL;
	private static long u32 = 0xffffffffL;

	private Direct() {}

	// -- 16-bit rows --

	static long sum(final short[] a, final int off, final int len, final boolean unsigned) {
		final long m = unsigned ? u16 : -1L;
		long s = 0;
		for (int j = 0; j < len; j++) s += a[off + j] & m;
		return s;
	}

	static void add(final long[] acc, final int out, final short[] a, final int off, final int len,
		final boolean unsigned)
	{
		final long m = unsigned ? u16 : -1L;
		for (int j = 0; j < len; j++) acc[out + j] += a[off + j] & m;
	}

	/**
	 * Stores the least and greatest value in {@code mm[0]} and {@code mm[1]}. NB: {@code long} lanes: C2
	 * leaves {@code int} min/max reductions scalar (1.7 G values/s, 12 G in this form).
	 */
	static void minMax(final short[] a, final int off, final int len, final boolean unsigned, final long[] mm) {
		final long m = unsigned ? u16 : -1L;
		long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
		for (int j = 0; j < len; j++) {
			final long v = a[off + j] & m;
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		mm[0] = lo;
		mm[1] = hi;
	}

	/** Adds a row into {@code acc} from {@code out} and returns its sum: one loop for two reductions. */
	static long addSum(final long[] acc, final int out, final short[] a, final int off, final int len,
		final boolean unsigned)
	{
		final long m = unsigned ? u16 : -1L;
		long s = 0;
		for (int j = 0; j < len; j++) {
			final long v = a[off + j] & m;
			acc[out + j] += v;
			s += v;
		}
		return s;
	}

	/** The dot product of a 16-bit row with a row of weights. */
	static double dot(final double[] w, final int wo, final short[] a, final int off, final int len,
		final boolean unsigned)
	{
		final long m = unsigned ? u16 : -1L;
		double s = 0;
		for (int j = 0; j < len; j++) s += w[wo + j] * (a[off + j] & m);
		return s;
	}

	// -- 8-bit rows --

	static long sum(final byte[] a, final int off, final int len, final boolean unsigned) {
		final long m = unsigned ? u8 : -1L;
		long s = 0;
		for (int j = 0; j < len; j++) s += a[off + j] & m;
		return s;
	}

	static void add(final long[] acc, final int out, final byte[] a, final int off, final int len,
		final boolean unsigned)
	{
		final long m = unsigned ? u8 : -1L;
		for (int j = 0; j < len; j++) acc[out + j] += a[off + j] & m;
	}

	static void minMax(final byte[] a, final int off, final int len, final boolean unsigned, final long[] mm) {
		final long m = unsigned ? u8 : -1L;
		long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
		for (int j = 0; j < len; j++) {
			final long v = a[off + j] & m;
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		mm[0] = lo;
		mm[1] = hi;
	}

	// -- 32-bit values (whole chunks: statistics) --

	static long sum(final int[] a, final int off, final int len, final boolean unsigned) {
		final long m = unsigned ? u32 : -1L;
		long s = 0;
		for (int j = 0; j < len; j++) s += a[off + j] & m;
		return s;
	}

	static void minMax(final int[] a, final int off, final int len, final boolean unsigned, final long[] mm) {
		final long m = unsigned ? u32 : -1L;
		long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
		for (int j = 0; j < len; j++) {
			final long v = a[off + j] & m;
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		mm[0] = lo;
		mm[1] = hi;
	}
}
