package org.tessera.embed.prep;

import org.tessera.embed.Plane;

import java.util.Arrays;

/**
 * Robust intensity scaling: maps the {@code lo}-th to the {@code hi}-th percentile of a plane's finite
 * samples (all channels together, so colours keep their balance) to 0..1. NaN and infinities become 0.
 */
public final class Percentiles {

	/** NB: percentiles come from an even subsample of at most this many samples (sorting all is slow). */
	static final int MAX_SAMPLES = 1 << 16;

	private Percentiles() {}

	/**
	 * The {@code lo}-th and {@code hi}-th percentile (0..100) of the finite samples in
	 * {@code data[from, from + len)}; {0, 0} when there are none.
	 */
	public static double[] range(final float[] data, final int from, final int len, final double lo,
		final double hi)
	{
		final int step = Math.max(1, (len + MAX_SAMPLES - 1) / MAX_SAMPLES);
		final float[] v = new float[(len + step - 1) / step];
		int n = 0;
		for (int i = from; i < from + len; i += step) if (Float.isFinite(data[i])) v[n++] = data[i];
		if (n == 0) return new double[] { 0, 0 };
		Arrays.sort(v, 0, n);
		return new double[] { v[(int) Math.floor(lo / 100 * (n - 1))], v[(int) Math.ceil(hi / 100 * (n - 1))] };
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
		final float k = r[1] > r[0] ? (float) (1 / (r[1] - r[0])) : 0f, off = (float) r[0];
		for (int i = from; i < from + len; i++) {
			final float x = (data[i] - off) * k;
			data[i] = Float.isFinite(x) ? Math.max(0f, Math.min(1f, x)) : 0f;
		}
	}
}
