package org.tessera.io.tiff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.TesseraIOException;

/**
 * The one series of an ImageJ TIFF (ImageDescription starting {@code ImageJ=}): a hyperstack
 * {@code (t, z, c, y, x)} with axes of size 1 left out, pages in ImageJ's order (channel fastest,
 * then slice, then frame). X and Y are calibrated from XResolution/YResolution and {@code unit},
 * Z from {@code spacing} and T from {@code finterval}. ImageJ writes files over 4 GB with a single
 * IFD and the other planes stored contiguously after the first; those planes are found by offset.
 */
final class ImageJSeries {

	private ImageJSeries() {}

	/** True when a description is ImageJ's. */
	static boolean isImageJ(final String description) {
		return description != null && description.startsWith("ImageJ=");
	}

	/** The {@code key=value} lines of an ImageJ description, values as strings. */
	static Map<String, Object> parse(final String description) {
		final Map<String, Object> out = new LinkedHashMap<>();
		for (final String line : description.split("\n")) {
			final int eq = line.indexOf('=');
			if (eq > 0) out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
		}
		return out;
	}

	static TiffSeries of(final TiffFile file, final Ifd first, final List<TiffPage> pages, final Map<String, Object> ij)
		throws IOException
	{
		final int images = count(ij, "images", pages.size());
		final int c = count(ij, "channels", 1), z = count(ij, "slices", 1), t = count(ij, "frames", 1);
		final boolean dims = (long) c * z * t == images;
		final SeriesBuilder b = new SeriesBuilder(file.name());
		final String unit = Units.normalise((String) ij.getOrDefault("unit", ""));
		b.leadingIfMany(SeriesBuilder.calibrated("t", "time", real(ij, "finterval"), Units.normalise((String) ij.getOrDefault("tunit", "s"))), dims ? t : 1);
		b.leadingIfMany(SeriesBuilder.calibrated("z", "space", unit.isEmpty() ? Double.NaN : real(ij, "spacing"), unit), dims ? z : images);
		b.leadingIfMany(new org.tessera.io.Axis("c", "channel", "", 1, 0), dims ? c : 1);
		final double sx = unit.isEmpty() ? Double.NaN : 1 / first.real(TiffPage.X_RESOLUTION);
		final double sy = unit.isEmpty() ? Double.NaN : 1 / first.real(TiffPage.Y_RESOLUTION);
		return b.build("image0", planes(file, pages, images), pages.get(0), SeriesBuilder.calibrated("y", "space", sy, unit),
			SeriesBuilder.calibrated("x", "space", sx, unit), Map.of("imagej", ij));
	}

	// -- Helper methods --

	/** The page of every plane: the IFDs, or planes contiguous after the first when there are fewer IFDs. */
	private static List<TiffPage> planes(final TiffFile file, final List<TiffPage> pages, final int images)
		throws TesseraIOException
	{
		if (pages.size() >= images) return pages.subList(0, images);
		final TiffPage p = pages.get(0);
		final long planeBytes = (long) TiffBlocks.rowBytes(p) * p.height() * (p.planar() ? p.samples() : 1);
		final boolean contiguous = p.compression() == 1 && p.offsets().length > 0 && !p.tiled();
		if (!contiguous || p.offsets()[0] + planeBytes * images > file.size()) {
			throw new TesseraIOException.Corrupt(file.name(), "ImageJ description says images=" + images + " but the file holds "
				+ pages.size() + " IFDs and not " + images + " contiguous uncompressed planes");
		}
		final List<TiffPage> out = new ArrayList<>();
		for (int i = 0; i < images; i++) out.add(p.shifted(i, planeBytes * i));
		return out;
	}

	private static int count(final Map<String, Object> ij, final String key, final int dflt) {
		final Object v = ij.get(key);
		try {
			return v == null ? dflt : Math.max(1, Integer.parseInt(v.toString()));
		}
		catch (final NumberFormatException e) {
			return dflt;
		}
	}

	private static double real(final Map<String, Object> ij, final String key) {
		try {
			return ij.containsKey(key) ? Double.parseDouble(ij.get(key).toString()) : Double.NaN;
		}
		catch (final NumberFormatException e) {
			return Double.NaN;
		}
	}
}
