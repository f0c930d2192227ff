package org.tessera.io.tiff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.TesseraIOException;
import org.w3c.dom.Element;

/** Reads one OME {@code Image} element into an {@link OmeImage}. */
final class OmeImages {

	private static final String[] SIZES = { "SizeX", "SizeY", "SizeZ", "SizeC", "SizeT" };

	private OmeImages() {}

	static OmeImage of(final Element image, final String file) throws TesseraIOException {
		final String id = image.getAttribute("ID");
		final List<Element> pixelsList = OmeXml.children(image, "Pixels");
		if (pixelsList.isEmpty()) throw new TesseraIOException.Malformed(file, "OME-XML Image '" + id + "' has no Pixels element");
		final Element px = pixelsList.get(0);
		final int[] sizes = new int[SIZES.length];
		for (int i = 0; i < SIZES.length; i++) sizes[i] = positive(px, SIZES[i], file, id);
		final String order = px.getAttribute("DimensionOrder");
		if (!order.matches("XY(ZCT|ZTC|CZT|CTZ|TZC|TCZ)")) {
			throw new TesseraIOException.Malformed(file, "OME-XML Image '" + id + "' has DimensionOrder '" + order + "'");
		}
		final double[] physical = { real(px, "PhysicalSizeX"), real(px, "PhysicalSizeY"), real(px, "PhysicalSizeZ"), real(px, "TimeIncrement") };
		final String[] units = { unit(px, "PhysicalSizeXUnit", "µm"), unit(px, "PhysicalSizeYUnit", "µm"),
			unit(px, "PhysicalSizeZUnit", "µm"), unit(px, "TimeIncrementUnit", "s") };
		final List<Map<String, Object>> channels = new ArrayList<>();
		for (final Element c : OmeXml.children(px, "Channel")) channels.add(OmeXml.attributes(c));
		final List<OmeImage.TiffData> tiffData = new ArrayList<>();
		for (final Element t : OmeXml.children(px, "TiffData")) tiffData.add(tiffData(t, file, id));
		final Map<String, Object> attrs = new LinkedHashMap<>(OmeXml.attributes(image));
		attrs.put("Pixels", OmeXml.attributes(px));
		attrs.put("Channels", channels);
		return new OmeImage(id, image.getAttribute("Name"), order, sizes, physical, units, channels, tiffData,
			Map.of("ome", attrs));
	}

	// -- Helper methods --

	private static OmeImage.TiffData tiffData(final Element t, final String file, final String id) throws TesseraIOException {
		String fileName = null;
		for (final Element uuid : OmeXml.children(t, "UUID")) fileName = uuid.getAttribute("FileName");
		return new OmeImage.TiffData(count(t, "IFD", 0, file, id), t.hasAttribute("IFD"), count(t, "FirstZ", 0, file, id),
			count(t, "FirstC", 0, file, id), count(t, "FirstT", 0, file, id), count(t, "PlaneCount", -1, file, id), fileName);
	}

	private static int positive(final Element e, final String name, final String file, final String id) throws TesseraIOException {
		final int v = count(e, name, 1, file, id);
		if (v < 1) throw new TesseraIOException.Malformed(file, "OME-XML Image '" + id + "' has " + name + " " + v);
		return v;
	}

	private static int count(final Element e, final String name, final int dflt, final String file, final String id)
		throws TesseraIOException
	{
		if (!e.hasAttribute(name)) return dflt;
		try {
			final int v = Integer.parseInt(e.getAttribute(name).trim());
			if (v < 0) throw new NumberFormatException("negative");
			return v;
		}
		catch (final NumberFormatException x) {
			throw new TesseraIOException.Malformed(file, "OME-XML Image '" + id + "': " + name + "='" + e.getAttribute(name) + "' is not a count");
		}
	}

	private static double real(final Element e, final String name) {
		try {
			return e.hasAttribute(name) ? Double.parseDouble(e.getAttribute(name).trim()) : Double.NaN;
		}
		catch (final NumberFormatException x) {
			// NB: a calibration that is not a number leaves the axis uncalibrated rather than refusing the file.
			return Double.NaN;
		}
	}

	private static String unit(final Element e, final String name, final String dflt) {
		return Units.normalise(e.hasAttribute(name) ? e.getAttribute(name) : dflt);
	}
}
