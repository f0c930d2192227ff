package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * Opens a TIFF for both format readers: walks the IFDs, reads every page's layout (metadata only)
 * and builds the series as OME-XML, an ImageJ description or plain pages say.
 */
final class TiffOpener {

	private TiffOpener() {}

	/**
	 * @param ome read the series from the OME-XML (the {@code "ome-tiff"} reader); otherwise
	 *        from the ImageJ description or the pages
	 */
	static Container open(final Location location, final String format, final boolean ome) throws IOException {
		if (!Files.isRegularFile(location.path())) throw new TesseraIOException.NotFound(location.toString(), "not a TIFF file");
		final TiffFile file = TiffFile.open(location.path());
		try {
			final List<Ifd> ifds = IfdChain.read(file);
			final List<TiffPage> pages = new ArrayList<>();
			for (final Ifd ifd : ifds) pages.add(TiffPage.of(ifd));
			final String description = ifds.get(0).ascii(TiffPage.IMAGE_DESCRIPTION);
			final Map<String, Object> meta = new LinkedHashMap<>();
			meta.put("tiff", fileMetadata(file, ifds, description));
			final List<TiffSeries> series = ome ? omeSeries(file, pages, description, meta)
				: ImageJSeries.isImageJ(description) ? imageJSeries(file, ifds, pages, description, meta)
				: PlainSeries.of(file, ifds, pages);
			return new TiffContainer(format, file, location, series, meta);
		}
		catch (final IOException | RuntimeException e) {
			file.close();
			throw e;
		}
	}

	/** The ImageDescription of the first IFD, or null; for cheap format checks. */
	static String firstDescription(final Location location) throws IOException {
		try (TiffFile file = TiffFile.open(location.path())) {
			return IfdChain.first(file).ascii(TiffPage.IMAGE_DESCRIPTION);
		}
	}

	// -- Helper methods --

	private static List<TiffSeries> omeSeries(final TiffFile file, final List<TiffPage> pages, final String xml,
		final Map<String, Object> meta) throws IOException
	{
		if (xml == null || !xml.contains("<OME")) throw new TesseraIOException.NotFound(file.name(), "not an OME-TIFF (no OME-XML in the first ImageDescription)");
		final OmeXml.Metadata ome = OmeXml.parse(xml, file.name());
		if (ome.images().isEmpty()) throw new TesseraIOException.Malformed(file.name(), "the OME-XML lists no Image");
		final List<TiffSeries> out = new ArrayList<>();
		for (final OmeImage image : ome.images()) out.add(OmeSeries.of(file, pages, image, "image" + out.size()));
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("images", ome.images().stream().map(i -> i.attributes().get("ome")).toList());
		m.put("plates", ome.plates());
		meta.put("ome", m);
		meta.put("ome_xml", xml);
		return out;
	}

	private static List<TiffSeries> imageJSeries(final TiffFile file, final List<Ifd> ifds, final List<TiffPage> pages,
		final String description, final Map<String, Object> meta) throws IOException
	{
		final Map<String, Object> ij = ImageJSeries.parse(description);
		meta.put("imagej", ij);
		return List.of(ImageJSeries.of(file, ifds.get(0), pages, ij));
	}

	private static Map<String, Object> fileMetadata(final TiffFile file, final List<Ifd> ifds, final String description)
		throws IOException
	{
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("byte_order", file.order().toString().equals("BIG_ENDIAN") ? "big" : "little");
		m.put("bigtiff", file.bigTiff());
		m.put("pages", ifds.size());
		if (description != null && !description.contains("<OME")) m.put("image_description", description);
		final String software = ifds.get(0).ascii(TiffPage.SOFTWARE);
		if (software != null) m.put("software", software);
		return m;
	}
}
