package org.tessera.embed.prep;

import org.tessera.embed.Plane;

/**
 * Resizes planes to a model's input size: bilinear interpolation with pixel centres at half-integers
 * (as PyTorch's {@code align_corners=False}), after an integer box reduction when the plane is at least
 * twice the target size (so that shrinking does not alias).
 */
public final class Resampling {

	private Resampling() {}

	/** {@code p} resized to {@code w} × {@code h}, every channel. */
	public static Plane resize(final Plane p, final int w, final int h) {
		final int k = Math.min(p.width() / w, p.height() / h);
		final Plane src = k >= 2 ? boxReduce(p, k) : p;
		if (src.width() == w && src.height() == h) return src;
		final float[] out = new float[p.channels() * h * w];
		for (int c = 0; c < p.channels(); c++) bilinear(src, c, w, h, out, c * h * w);
		return new Plane(w, h, p.channels(), out);
	}

	/** Bilinear resampling of channel {@code c} into {@code out[off ..]}. */
	static void bilinear(final Plane p, final int c, final int w, final int h, final float[] out, final int off) {
		final int sw = p.width(), sh = p.height(), base = c * sw * sh;
		final float[] d = p.data();
		final double sx = (double) sw / w, sy = (double) sh / h;
		final int[] x0 = new int[w];
		final float[] fx = new float[w];
		for (int x = 0; x < w; x++) {
			final double px = Math.max(0, (x + 0.5) * sx - 0.5);
			x0[x] = Math.min((int) px, sw - 1);
			fx[x] = (float) (px - x0[x]);
		}
		for (int y = 0; y < h; y++) {
			final double py = Math.max(0, (y + 0.5) * sy - 0.5);
			final int y0 = Math.min((int) py, sh - 1), y1 = Math.min(y0 + 1, sh - 1);
			final float fy = (float) (py - y0);
			final int r0 = base + y0 * sw, r1 = base + y1 * sw, o = off + y * w;
			for (int x = 0; x < w; x++) {
				final int a = x0[x], b = Math.min(a + 1, sw - 1);
				final float top = d[r0 + a] + (d[r0 + b] - d[r0 + a]) * fx[x];
				final float bot = d[r1 + a] + (d[r1 + b] - d[r1 + a]) * fx[x];
				out[o + x] = top + (bot - top) * fy;
			}
		}
	}

	/** The mean of each {@code k × k} box (edge rows and columns that do not fill a box are dropped). */
	public static Plane boxReduce(final Plane p, final int k) {
		final int w = p.width() / k, h = p.height() / k, n = p.channels();
		final float[] out = new float[n * h * w];
		final float inv = 1f / (k * k);
		for (int c = 0; c < n; c++) {
			for (int y = 0; y < h * k; y++) boxRow(p.data(), (c * p.height() + y) * p.width(), out, (c * h + y / k) * w, w, k, inv);
		}
		return new Plane(w, h, n, out);
	}

	/**
	 * NB: adds one input row into {@code w} output boxes, each box's pixels in the order of a
	 * pixel-by-pixel loop (same floats); column t of every box in turn, so no box waits on the last add.
	 */
	private static void boxRow(final float[] d, final int src, final float[] out, final int dst, final int w, final int k,
		final float inv)
	{
		for (int t = 0; t < k; t++) {
			for (int j = 0; j < w; j++) out[dst + j] += d[src + j * k + t] * inv;
		}
	}
}
