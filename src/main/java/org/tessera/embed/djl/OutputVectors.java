package org.tessera.embed.djl;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a model's batch output into one vector per sample: a 4-D {@code [N, C, H, W]} output pooled
 * over H and W ({@code mean} or {@code max}), anything else flattened per sample; then L2-normalised.
 */
final class OutputVectors {

	private OutputVectors() {}

	/** The {@code n} vectors in {@code y}. */
	static List<float[]> split(final RawTensor y, final int n, final String pooling, final boolean l2) {
		final long[] s = y.shape();
		final boolean pool = s.length == 4 && !pooling.equals("none");
		final int per = y.data().length / n, channels = pool ? (int) s[1] : per, area = pool ? per / channels : 1;
		final List<float[]> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			final float[] v = new float[channels];
			for (int c = 0; c < channels; c++) v[c] = pooled(y.data(), i * per + c * area, area, pooling);
			out.add(l2 ? unit(v) : v);
		}
		return out;
	}

	private static float pooled(final float[] d, final int from, final int len, final String pooling) {
		if (len == 1) return d[from];
		float acc = pooling.equals("max") ? Float.NEGATIVE_INFINITY : 0;
		for (int i = from; i < from + len; i++) acc = pooling.equals("max") ? Math.max(acc, d[i]) : acc + d[i];
		return pooling.equals("max") ? acc : acc / len;
	}

	/** {@code v} scaled to unit length in place (a zero vector stays zero). */
	static float[] unit(final float[] v) {
		double s = 0;
		for (final float x : v) s += (double) x * x;
		final float k = s > 0 ? (float) (1 / Math.sqrt(s)) : 0;
		for (int i = 0; i < v.length; i++) v[i] *= k;
		return v;
	}
}
