package org.tessera.sample.wallpaper;

/** Small image filters on square {@code float[size * size]} images (row-major). */
public final class Filters {

	private Filters() {}

	/** A separable Gaussian blur with mirrored edges, in place; {@code sigma ≤ 0} does nothing. */
	public static void blur(final float[] img, final int size, final double sigma) {
		if (sigma <= 0) return;
		final float[] k = kernel(sigma);
		final float[] tmp = new float[img.length];
		pass(img, tmp, size, k, 1, size);
		pass(tmp, img, size, k, size, 1);
	}

	/** Rescales to {@code [0, 1]} by the minimum and maximum (a constant image becomes all zeros). */
	public static void normalise(final float[] img) {
		float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
		for (final float v : img) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		final float range = hi > lo ? hi - lo : 1;
		for (int i = 0; i < img.length; i++) img[i] = (img[i] - lo) / range;
	}

	// -- Helper methods --

	/** NB: {@code step} is the stride along the blurred axis, {@code lineStep} the stride between lines. */
	private static void pass(final float[] in, final float[] out, final int size, final float[] k, final int step,
		final int lineStep)
	{
		final int r = k.length / 2;
		for (int line = 0; line < size; line++)
			for (int i = 0; i < size; i++) {
				float s = 0;
				for (int j = -r; j <= r; j++) s += k[j + r] * in[line * lineStep + mirror(i + j, size) * step];
				out[line * lineStep + i * step] = s;
			}
	}

	private static int mirror(final int i, final int size) {
		final int p = Math.floorMod(i, 2 * size);
		return p < size ? p : 2 * size - 1 - p;
	}

	private static float[] kernel(final double sigma) {
		final int r = (int) Math.ceil(3 * sigma);
		final float[] k = new float[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++) sum += k[i + r] = (float) Math.exp(-0.5 * i * i / (sigma * sigma));
		for (int i = 0; i < k.length; i++) k[i] /= (float) sum;
		return k;
	}
}
