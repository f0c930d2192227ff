package org.tessera.embed.prep;

import org.tessera.embed.Plane;

/**
 * Robust intensity scaling: maps the {@code lo}-th to the {@code hi}-th percentile of a plane's finite
 * samples (all channels together, so colours keep their balance) to 0..1. NaN and infinities become 0.
 */
public final class Percentiles {

	/** NB: percentiles come from an even subsample of at most this many samples (ranks by {@link RankSelect}). */
	static final int MAX_SAMPLES = 1 << 16;

	private Percentiles() {}

	/**
	 * The {@code lo}-th and {@code hi}-th percentile (0..100) of the finite samples in
	 * {@code data[from, from + len)}; {0, 0} when there are none.
	 */
	public static double[] range(final float[] data, final int from, final int len, final double lo,
		final double hi)
	{
		return range(data, from, len, 1, lo, hi);
	}

	/**
	 * Like {@link #range(float[], int, int, double, double)} over {@code copies} back-to-back copies of
	 * {@code data[from, from + n)} (a grey plane replicated into colour channels), without making them.
	 */
	static double[] range(final float[] data, final int from, final int n, final int copies, final double lo,
		final double hi)
	{
		final int len = n * copies, step = Math.max(1, (len + MAX_SAMPLES - 1) / MAX_SAMPLES);
		final float[] v = new float[(len + step - 1) / step];
		int m = 0;
		for (int j = 0, i = 0; j < len; j += step) {
			if (Float.isFinite(data[from + i])) v[m++] = data[from + i];
			for (i += step; i >= n;) i -= n;
		}
		if (m == 0) return new double[] { 0, 0 };
		final float[] r = RankSelect.select(v, m, (int) Math.floor(lo / 100 * (m - 1)), (int) Math.ceil(hi / 100 * (m - 1)));
		return new double[] { r[0], r[1] };
	}

	/** A copy of {@code p} scaled so that the percentiles map to 0 and 1, clipped to 0..1. */
	public static Plane scale(final Plane p, final double lo, final double hi) {
		final float[] out = p.data().clone();
		scaleInPlace(out, 0, out.length, lo, hi);
		return new Plane(p.width(), p.height(), p.channels(), out);
	}

	/**
	 * Scales {@code data[from, from + len)} in place; a constant plane becomes all 0.
	 */
	public static void scaleInPlace(final float[] data, final int from, final int len, final double lo,
		final double hi)
	{
		final double[] r = range(data, from, len, lo, hi);
		final float k = gain(r), off = (float) r[0];
		for (int i = from; i < from + len; i++) data[i] = scaled(data[i], off, k);
	}

	/** The factor that maps the range {@code r} to 0..1 (0 for an empty range). */
	static float gain(final double[] r) {
		return r[1] > r[0] ? (float) (1 / (r[1] - r[0])) : 0f;
	}

	/** One sample scaled and clipped to 0..1; NaN and infinities become 0. */
	static float scaled(final float v, final float off, final float k) {
		final float x = (v - off) * k;
		return Float.isFinite(x) ? Math.max(0f, Math.min(1f, x)) : 0f;
	}
}
