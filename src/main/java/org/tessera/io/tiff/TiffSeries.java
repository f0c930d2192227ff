package org.tessera.io.tiff;

import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;

/**
 * What one array of a TIFF is made of: a stack of planes over some leading axes (pages, or
 * T/Z/C of a hyperstack or an OME image), each plane one page (and one sample of a planar page),
 * followed by the Y and X axes (and a sample axis for chunky multi-sample pages).
 *
 * @param name {@code image0}, {@code image1}, ...
 * @param leadingShape the sizes of the leading axes, C order (may be empty)
 * @param planes one per leading position, C order
 * @param layout the page layout that every plane shares
 * @param axes every axis of the array, C order
 * @param attributes the array's attributes
 */
record TiffSeries(String name, long[] leadingShape, List<Plane> planes, TiffPage layout, List<Axis> axes,
	Map<String, Object> attributes)
{

	/**
	 * One plane: a page and, for planar multi-sample pages, which sample.
	 *
	 * @param page the page, or null when the file stores no such plane (it reads as zeros)
	 */
	record Plane(TiffPage page, int sample) {}

	/** True when the pages' samples form the last axis (chunky pages with several samples). */
	static boolean trailingSamples(final TiffPage layout) {
		return layout.samples() > 1 && !layout.planar();
	}

	/** The full shape: leading axes, then Y, X and (for chunky multi-sample pages) samples. */
	long[] shape() {
		final int nl = leadingShape.length;
		final long[] s = new long[nl + 2 + (trailingSamples(layout) ? 1 : 0)];
		System.arraycopy(leadingShape, 0, s, 0, nl);
		s[nl] = layout.height();
		s[nl + 1] = layout.width();
		if (trailingSamples(layout)) s[nl + 2] = layout.samples();
		return s;
	}
}
