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
 * own value range (calibrated 16-bit signed values included), RGB as three. Like the catalogue's planes
 * ({@code VectorPlanes}), it is box-averaged by an integer factor so that its longest side is at most
 * {@code maxSide}.
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

	/**
	 * The current slice of {@code imp}, at most {@code maxSide} pixels on its longest side: the mean of
	 * each {@code stride × stride} box (edge boxes over the pixels they hold), as the catalogue's planes.
	 */
	static Sampled of(final ImagePlus imp, final int maxSide) {
		final ImageProcessor ip = imp.getProcessor();
		final int iw = ip.getWidth(), ih = ip.getHeight();
		final int stride = Math.max(1, (Math.max(iw, ih) + maxSide - 1) / maxSide);
		final int w = (iw + stride - 1) / stride, h = (ih + stride - 1) / stride;
		final boolean rgb = ip instanceof ColorProcessor;
		final double[] sum = new double[(rgb ? 3 : 1) * w * h];
		final int[] count = new int[w * h];
		for (int y = 0; y < ih; y++) {
			for (int x = 0; x < iw; x++) {
				final int i = y / stride * w + x / stride;
				count[i]++;
				if (!rgb) {
					sum[i] += ip.getPixelValue(x, y);
					continue;
				}
				final int c = ip.get(x, y);
				sum[i] += (c >> 16) & 0xff;
				sum[w * h + i] += (c >> 8) & 0xff;
				sum[2 * w * h + i] += c & 0xff;
			}
		}
		final float[] data = new float[sum.length];
		for (int i = 0; i < data.length; i++) data[i] = (float) (sum[i] / count[i % count.length]);
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
