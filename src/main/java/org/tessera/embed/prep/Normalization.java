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
		if (Math.max(mean.length, std.length) != 1 && Math.max(mean.length, std.length) != channels) throw new IllegalArgumentException(
			"normalisation has " + Math.max(mean.length, std.length) + " values per channel for a " + channels
				+ "-channel input");
		if (!Double.isNaN(lowPercentile)) Percentiles.scaleInPlace(data, offset, channels * n, lowPercentile,
			highPercentile);
		if (standardize) standardize(data, offset, channels * n);
		for (int c = 0; c < channels; c++) {
			final float m = mean[mean.length == 1 ? 0 : c], k = 1f / std[std.length == 1 ? 0 : c];
			for (int i = offset + c * n; i < offset + (c + 1) * n; i++) data[i] = (data[i] - m) * k;
		}
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
