package org.tessera.embed.prep;

import java.util.Arrays;

/**
 * Exact order statistics of float samples without sorting them all: one pass counts the samples in
 * 65,536 bins of their upper key bits, and only the bins holding a wanted rank are gathered and
 * sorted. The result is what {@link Arrays#sort(float[])} would put at those ranks.
 */
final class RankSelect {

	private static final int BINS = 1 << 16;

	private RankSelect() {}

	/**
	 * The samples at {@code ranks} (0-based, each in {@code [0, n)}) of {@code v[0, n)} in ascending
	 * order; {@code v} holds no NaN.
	 */
	static float[] select(final float[] v, final int n, final int... ranks) {
		final int[] hist = new int[BINS];
		for (int i = 0; i < n; i++) hist[bin(v[i])]++;
		final float[] out = new float[ranks.length];
		for (int q = 0; q < ranks.length; q++) {
			int b = 0, below = 0;
			while (below + hist[b] <= ranks[q]) below += hist[b++];
			out[q] = inBin(v, n, b, hist[b])[ranks[q] - below];
		}
		return out;
	}

	/** The samples of bin {@code b}, sorted. */
	private static float[] inBin(final float[] v, final int n, final int b, final int count) {
		final float[] g = new float[count];
		int k = 0;
		for (int i = 0; i < n && k < count; i++) if (bin(v[i]) == b) g[k++] = v[i];
		Arrays.sort(g);
		return g;
	}

	/**
	 * NB: the float's bits flipped so that integer order is float order (-0.0 before 0.0, as the sort
	 * has it), then the upper 16 bits as an unsigned bin.
	 */
	private static int bin(final float x) {
		final int bits = Float.floatToRawIntBits(x);
		return ((bits ^ (bits >> 31 & 0x7fffffff)) >>> 16) ^ 0x8000;
	}
}
