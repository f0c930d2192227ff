package org.tessera.search;

import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.EmbedderProvider;
import org.tessera.embed.Plane;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A small deterministic test embedder, {@code "test-hist"}: the square-rooted histograms of robustly
 * scaled intensities (32 bins) and of gradient magnitudes (16 bins), L2-normalised. Invariant to
 * rotation by 90° and to linear contrast changes; enough to tell textures and test images apart.
 */
public final class HistogramEmbedder implements Embedder {

	public static final String NAME = "test-hist";
	static final int BINS = 32, GRAD_BINS = 16;

	/** The provider registered in src/test's service file. */
	public static final class Provider implements EmbedderProvider {

		@Override public String name() { return NAME; }
		@Override public String description() { return "test: intensity and gradient histograms"; }
		@Override public Embedder create(final EmbedOptions options) { return new HistogramEmbedder(); }
	}

	@Override public String name() { return NAME; }
	@Override public int dimension() { return BINS + GRAD_BINS; }
	@Override public Map<String, String> provenance() { return Map.of("name", NAME, "version", "1"); }

	@Override
	public List<float[]> embed(final List<Plane> planes) {
		final List<float[]> out = new ArrayList<>();
		for (final Plane p : planes) out.add(embedOne(p));
		return out;
	}

	private static float[] embedOne(final Plane p) {
		final int w = p.width(), h = p.height();
		final float[] v = Arrays.copyOf(p.data(), w * h);
		final float[] sorted = v.clone();
		Arrays.sort(sorted);
		final float lo = sorted[(int) (0.01 * (sorted.length - 1))], hi = sorted[(int) (0.99 * (sorted.length - 1))];
		final float span = hi > lo ? hi - lo : 1;
		final float[] out = new float[BINS + GRAD_BINS];
		for (final float x : v) out[bin((x - lo) / span, BINS)] += 1f / v.length;
		for (int y = 0; y + 1 < h; y++) {
			for (int x = 0; x + 1 < w; x++) {
				final float gx = (v[y * w + x + 1] - v[y * w + x]) / span, gy = (v[(y + 1) * w + x] - v[y * w + x]) / span;
				out[BINS + bin((float) Math.sqrt(gx * gx + gy * gy) * 2, GRAD_BINS)] += 0.5f / ((w - 1) * (h - 1));
			}
		}
		double n = 0;
		for (int i = 0; i < out.length; i++) {
			out[i] = (float) Math.sqrt(out[i]);
			n += out[i] * out[i];
		}
		if (n == 0) out[0] = 1;
		else for (int i = 0; i < out.length; i++) out[i] /= (float) Math.sqrt(n);
		return out;
	}

	private static int bin(final float t, final int bins) {
		return Math.max(0, Math.min(bins - 1, (int) (t * bins)));
	}
}
