package org.tessera.embed.prep;

import org.tessera.embed.Plane;

/**
 * A model's preprocessing, applied plane by plane into a batch tensor: resize to
 * {@code width × height}, match {@code channels}, then the {@link Normalization}.
 *
 * @param width model input columns
 * @param height model input rows
 * @param channels model input channels
 * @param normalization value scaling
 */
public record InputTransform(int width, int height, int channels, Normalization normalization) {

	public InputTransform {
		if (width < 1 || height < 1 || channels < 1) throw new IllegalArgumentException(
			"model input size must be positive (got " + channels + "x" + height + "x" + width + ")");
	}

	/** Samples per plane in the batch tensor. */
	public int planeSize() {
		return channels * height * width;
	}

	/** Writes {@code p}, transformed, into {@code batch[offset .. offset + planeSize())} (C, H, W order). */
	public void write(final Plane p, final float[] batch, final int offset) {
		final Plane resized = Resampling.resize(p, width, height);
		if (resized.channels() == 1 && !normalization.standardize()) {
			// NB: grey into any number of channels in one pass, without making the copies first.
			normalization.applyReplicated(resized.data(), batch, offset, channels, height * width);
			return;
		}
		final Plane fit = Channels.to(resized, channels);
		System.arraycopy(fit.data(), 0, batch, offset, planeSize());
		normalization.apply(batch, offset, channels, height * width);
	}
}
