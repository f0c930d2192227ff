package org.tessera.reduce;

/**
 * Tight loops that widen a run of native-width primitives into {@code long} or {@code double}
 * buffers. NB: one loop per storage and signedness, no branches inside, so the JIT vectorises them.
 */
final class Widen {

	private Widen() {}

	static void bytes(final byte[] a, final int off, final int len, final long[] dst, final boolean unsigned) {
		if (unsigned) for (int j = 0; j < len; j++) dst[j] = a[off + j] & 0xff;
		else for (int j = 0; j < len; j++) dst[j] = a[off + j];
	}

	static void shorts(final short[] a, final int off, final int len, final long[] dst, final boolean unsigned) {
		if (unsigned) for (int j = 0; j < len; j++) dst[j] = a[off + j] & 0xffff;
		else for (int j = 0; j < len; j++) dst[j] = a[off + j];
	}

	static void ints(final int[] a, final int off, final int len, final long[] dst, final boolean unsigned) {
		if (unsigned) for (int j = 0; j < len; j++) dst[j] = a[off + j] & 0xffffffffL;
		else for (int j = 0; j < len; j++) dst[j] = a[off + j];
	}

	static void halves(final short[] a, final int off, final int len, final double[] dst) {
		for (int j = 0; j < len; j++) dst[j] = Float.float16ToFloat(a[off + j]);
	}

	static void floats(final float[] a, final int off, final int len, final double[] dst) {
		for (int j = 0; j < len; j++) dst[j] = a[off + j];
	}

	static void longs(final long[] a, final int len, final double[] dst) {
		for (int j = 0; j < len; j++) dst[j] = a[j];
	}

	static void unsignedLongs(final long[] a, final int len, final double[] dst) {
		for (int j = 0; j < len; j++) dst[j] = ReducedArray.unsignedToDouble(a[j]);
	}
}
