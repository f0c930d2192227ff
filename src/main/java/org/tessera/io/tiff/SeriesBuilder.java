package org.tessera.io.tiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.TesseraIOException;

/**
 * Assembles a {@link TiffSeries} from leading axes and the page of each leading position: adds the
 * sample axis of multi-sample pages (a leading axis for planar pages, the last axis for chunky
 * ones), then Y and X, and checks every page shares the layout.
 */
final class SeriesBuilder {

	private final String file;
	private final List<Axis> leadingAxes = new ArrayList<>();
	private final List<Long> leadingSizes = new ArrayList<>();

	SeriesBuilder(final String file) {
		this.file = file;
	}

	/** Adds a leading axis (slowest first). */
	SeriesBuilder leading(final Axis axis, final long size) {
		leadingAxes.add(axis);
		leadingSizes.add(size);
		return this;
	}

	/** Adds a leading axis only when its size is not 1 (the squeezed form tifffile reports). */
	SeriesBuilder leadingIfMany(final Axis axis, final long size) {
		return size == 1 ? this : leading(axis, size);
	}

	/**
	 * Builds the series.
	 *
	 * @param pages the page of every leading position in C order (null entries read as zeros)
	 * @param layout the layout all pages share
	 * @throws TesseraIOException.Unsupported when a page's layout differs from the first
	 */
	TiffSeries build(final String name, final List<TiffPage> pages, final TiffPage layout, final Axis y, final Axis x,
		final Map<String, Object> attributes) throws TesseraIOException
	{
		for (final TiffPage p : pages) {
			if (p != null && !p.sameLayout(layout)) {
				throw new TesseraIOException.Unsupported(file, name + ": IFD " + p.ifd() + " differs in size, type or tiling from IFD "
					+ layout.ifd() + " of the same image");
			}
		}
		final boolean leadingSamples = layout.planar();
		final List<Axis> axes = new ArrayList<>(leadingAxes);
		final String sampleName = axes.stream().anyMatch(a -> a.name().equals("c")) ? "s" : "c";
		final Axis sampleAxis = new Axis(sampleName, "channel", "", 1, 0);
		if (leadingSamples) leading(sampleAxis, layout.samples());
		if (leadingSamples) axes.add(sampleAxis);
		axes.add(y);
		axes.add(x);
		if (TiffSeries.trailingSamples(layout)) axes.add(sampleAxis);
		final List<TiffSeries.Plane> planes = new ArrayList<>();
		for (final TiffPage p : pages) {
			for (int s = 0; s < (leadingSamples ? layout.samples() : 1); s++) planes.add(new TiffSeries.Plane(p, s));
		}
		final long[] shape = leadingSizes.stream().mapToLong(Long::longValue).toArray();
		final Map<String, Object> attrs = new LinkedHashMap<>(attributes);
		attrs.put("tiff", pageAttributes(pages, layout));
		return new TiffSeries(name, shape, List.copyOf(planes), layout, List.copyOf(axes), attrs);
	}

	/** An uncalibrated spatial axis. */
	static Axis space(final String name) {
		return new Axis(name, "space", "", 1, 0);
	}

	/** A spatial or temporal axis with a scale, uncalibrated when the scale is not a positive number. */
	static Axis calibrated(final String name, final String type, final double scale, final String unit) {
		return scale > 0 && Double.isFinite(scale) ? new Axis(name, type, unit, scale, 0) : new Axis(name, type, "", 1, 0);
	}

	private static Map<String, Object> pageAttributes(final List<TiffPage> pages, final TiffPage layout) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("first_ifd", layout.ifd());
		m.put("pages", pages.stream().filter(p -> p != null).count());
		m.put("compression", TiffCompression.name(layout.compression()));
		m.put("compression_code", layout.compression());
		m.put("predictor", layout.predictor());
		m.put("photometric", layout.photometric());
		m.put("bits_per_sample", layout.bits());
		m.put("samples_per_pixel", layout.samples());
		m.put("planar", layout.planar());
		m.put("tiled", layout.tiled());
		m.put("block_shape", Arrays.asList(layout.blockHeight(), layout.blockWidth()));
		return m;
	}
}
