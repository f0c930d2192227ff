package org.tessera.embed.prep;

/**
 * How a model wants its input values: robust percentile scaling to 0..1 (unless {@code lowPercentile}
 * is NaN), then optionally standardising each plane by its own mean and standard deviation, then
 * {@code (x - mean[c]) / std[c]} per channel.
 *
 * @param lowPercentile lower percentile (0..100) mapped to 0, or NaN for no scaling
 * @param highPercentile upper percentile mapped to 1
 * @param standardize whether to subtract each plane's mean and divide by its standard deviation
 * @param mean per channel, or one value for all
 * @param std per channel, or one value for all
 */
public record Normalization(double lowPercentile, double highPercentile, boolean standardize, float[] mean,
	float[] std)
{

	/** Percentiles 0.5 and 99.5 to 0..1, nothing else. */
	public static final Normalization DEFAULT = new Normalization(0.5, 99.5, false, new float[] { 0 },
		new float[] { 1 });

	/** Percentile scaling then the ImageNet mean and standard deviation per RGB channel. */
	public static final Normalization IMAGENET = new Normalization(0.5, 99.5, false,
		new float[] { 0.485f, 0.456f, 0.406f }, new float[] { 0.229f, 0.224f, 0.225f });

	public Normalization {
		if (mean.length == 0 || std.length == 0 || mean.length > 1 && std.length > 1 && mean.length != std.length)
			throw new IllegalArgumentException("mean and std need one value or one per channel (got " + mean.length
				+ ", " + std.length + ")");
		for (final float s : std) if (!(s > 0)) throw new IllegalArgumentException("std must be > 0 (got " + s + ")");
	}

	/** Applies it to the {@code channels} planes of {@code n} samples at {@code data[offset ..]}, in place. */
	void apply(final float[] data, final int offset, final int channels, final int n) {
		checkChannels(channels);
		if (!Double.isNaN(lowPercentile)) Percentiles.scaleInPlace(data, offset, channels * n, lowPercentile,
			highPercentile);
		if (standardize) standardize(data, offset, channels * n);
		for (int c = 0; c < channels; c++) {
			final float m = mean[mean.length == 1 ? 0 : c], k = 1f / std[std.length == 1 ? 0 : c];
			for (int i = offset + c * n; i < offset + (c + 1) * n; i++) data[i] = (data[i] - m) * k;
		}
	}

	/**
	 * Like {@link #apply} on {@code channels} copies of the grey plane {@code grey[0, n)}, written to
	 * {@code out[offset ..]}: the same values, in one pass. Not for {@link #standardize} (whose sums
	 * over the copies round differently).
	 */
	void applyReplicated(final float[] grey, final float[] out, final int offset, final int channels, final int n) {
		checkChannels(channels);
		final boolean scale = !Double.isNaN(lowPercentile);
		final double[] r = scale ? Percentiles.range(grey, 0, n, channels, lowPercentile, highPercentile) : null;
		final float[] v = scale ? new float[n] : grey;
		if (scale) {
			final float g = Percentiles.gain(r), off = (float) r[0];
			for (int i = 0; i < n; i++) v[i] = Percentiles.scaled(grey[i], off, g);
		}
		for (int c = 0; c < channels; c++) {
			final float m = mean[mean.length == 1 ? 0 : c], k = 1f / std[std.length == 1 ? 0 : c];
			for (int i = 0, o = offset + c * n; i < n; i++) out[o + i] = (v[i] - m) * k;
		}
	}

	private void checkChannels(final int channels) {
		final int values = Math.max(mean.length, std.length);
		if (values != 1 && values != channels) throw new IllegalArgumentException("normalisation has " + values
			+ " values per channel for a " + channels + "-channel input");
	}

	private static void standardize(final float[] data, final int from, final int len) {
		double s = 0, ss = 0;
		for (int i = from; i < from + len; i++) {
			s += data[i];
			ss += (double) data[i] * data[i];
		}
		final double m = s / len, sd = Math.sqrt(Math.max(0, ss / len - m * m));
		final float k = (float) (1 / Math.max(sd, 1e-6));
		for (int i = from; i < from + len; i++) data[i] = (float) ((data[i] - m) * k);
	}
}
