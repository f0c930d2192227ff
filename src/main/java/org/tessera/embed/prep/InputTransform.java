package org.tessera.embed.prep;

import org.tessera.embed.Plane;

/**
 * A model's preprocessing, applied plane by plane into a batch tensor: resize to
 * {@code width × height}, match {@code channels}, robust percentile scaling to 0..1 (unless
 * {@code lowPercentile} is NaN), then {@code (x - mean[c]) / std[c]} per channel.
 *
 * @param width model input columns
 * @param height model input rows
 * @param channels model input channels
 * @param lowPercentile lower percentile (0..100) mapped to 0, or NaN for no scaling
 * @param highPercentile upper percentile mapped to 1
 * @param mean per channel (length 1 applies to all)
 * @param std per channel (length 1 applies to all)
 */
public record InputTransform(int width, int height, int channels, double lowPercentile, double highPercentile,
	float[] mean, float[] std)
{

	public InputTransform {
		if (width < 1 || height < 1 || channels < 1) throw new IllegalArgumentException(
			"model input size must be positive (got " + channels + "x" + height + "x" + width + ")");
		if (mean.length != 1 && mean.length != channels || std.length != mean.length) throw new IllegalArgumentException(
			"mean and std need 1 or " + channels + " values (got " + mean.length + ", " + std.length + ")");
	}

	/** Samples per plane in the batch tensor. */
	public int planeSize() {
		return channels * height * width;
	}

	/** Writes {@code p}, transformed, into {@code batch[offset .. offset + planeSize())} (C, H, W order). */
	public void write(final Plane p, final float[] batch, final int offset) {
		final Plane fit = Channels.to(Resampling.resize(p, width, height), channels);
		System.arraycopy(fit.data(), 0, batch, offset, planeSize());
		if (!Double.isNaN(lowPercentile)) Percentiles.scaleInPlace(batch, offset, planeSize(), lowPercentile,
			highPercentile);
		final int n = height * width;
		for (int c = 0; c < channels; c++) {
			final float m = mean[mean.length == 1 ? 0 : c], k = 1f / std[std.length == 1 ? 0 : c];
			for (int i = offset + c * n; i < offset + (c + 1) * n; i++) batch[i] = (batch[i] - m) * k;
		}
	}
}
