package org.tessera.fiji;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.awt.Rectangle;
import java.util.Optional;

import org.tessera.embed.Plane;

/**
 * The current slice of an ImageJ image as an embedder {@link Plane}: grey images as one channel in their
 * own value range (calibrated 16-bit signed values included), RGB as three. Like the catalogue's planes,
 * it is sampled at every {@code stride}-th pixel so that its longest side is at most {@code maxSide}.
 */
final class ImagePlanes {

	private ImagePlanes() {}

	/**
	 * A plane and the full-resolution pixels per plane pixel.
	 *
	 * @param plane the samples
	 * @param stride image pixels per plane pixel
	 */
	record Sampled(Plane plane, int stride) {}

	/** The current slice of {@code imp}, at most {@code maxSide} pixels on its longest side. */
	static Sampled of(final ImagePlus imp, final int maxSide) {
		final ImageProcessor ip = imp.getProcessor();
		final int stride = Math.max(1, (Math.max(ip.getWidth(), ip.getHeight()) + maxSide - 1) / maxSide);
		final int w = (ip.getWidth() + stride - 1) / stride, h = (ip.getHeight() + stride - 1) / stride;
		final boolean rgb = ip instanceof ColorProcessor;
		final float[] data = new float[(rgb ? 3 : 1) * w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				final int i = y * w + x;
				if (!rgb) {
					data[i] = ip.getPixelValue(x * stride, y * stride);
					continue;
				}
				final int c = ip.get(x * stride, y * stride);
				data[i] = (c >> 16) & 0xff;
				data[w * h + i] = (c >> 8) & 0xff;
				data[2 * w * h + i] = c & 0xff;
			}
		}
		return new Sampled(new Plane(w, h, rgb ? 3 : 1, data), stride);
	}

	/** The bounds of the image's area selection (a rectangle for any shape), clipped to the image. */
	static Optional<org.tessera.search.Roi> region(final ImagePlus imp) {
		final Roi roi = imp.getRoi();
		if (roi == null || !roi.isArea()) return Optional.empty();
		final Rectangle r = roi.getBounds().intersection(new Rectangle(imp.getWidth(), imp.getHeight()));
		return r.isEmpty() ? Optional.empty() : Optional.of(new org.tessera.search.Roi(r.x, r.y, r.width, r.height));
	}
}
