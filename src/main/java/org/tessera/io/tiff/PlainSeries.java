package org.tessera.io.tiff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;

/**
 * The series of a plain TIFF: each run of consecutive pages with the same layout is one array,
 * {@code (page, y, x)} (or {@code (y, x)} for a single page), with a sample axis for RGB and other
 * multi-sample pages. Palette pages read as their indices (the colour map is not applied) and
 * bilevel pages as 0/1 bytes, as stored (WhiteIsZero is not inverted).
 */
final class PlainSeries {

	/** ResolutionUnit 3: resolutions are pixels per centimetre. */
	private static final int CENTIMETER = 3;

	private PlainSeries() {}

	static List<TiffSeries> of(final TiffFile file, final List<Ifd> ifds, final List<TiffPage> pages) throws IOException {
		final List<TiffSeries> out = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= pages.size(); i++) {
			if (i == pages.size() || !pages.get(i).sameLayout(pages.get(start))) {
				out.add(series(file, ifds.get(start), pages.subList(start, i), "image" + out.size()));
				start = i;
			}
		}
		return out;
	}

	private static TiffSeries series(final TiffFile file, final Ifd first, final List<TiffPage> run, final String name)
		throws IOException
	{
		final SeriesBuilder b = new SeriesBuilder(file.name()).leadingIfMany(Axis.named("page"), run.size());
		final boolean cm = first.first(TiffPage.RESOLUTION_UNIT, 2) == CENTIMETER;
		final Axis y = cm ? SeriesBuilder.calibrated("y", "space", 1e4 / first.real(TiffPage.Y_RESOLUTION), "micrometer") : SeriesBuilder.space("y");
		final Axis x = cm ? SeriesBuilder.calibrated("x", "space", 1e4 / first.real(TiffPage.X_RESOLUTION), "micrometer") : SeriesBuilder.space("x");
		return b.build(name, run, run.get(0), y, x, Map.of());
	}
}
