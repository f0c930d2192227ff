package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.InstrumentBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Units;
import org.w3c.dom.Element;

import java.io.IOException;

/**
 * {@code "ome"}: OME-TIFF images from the container's OME-XML ({@code ome_xml}): image Name → title,
 * Description → descriptions, AcquisitionDate (CreationDate in the 2008 schemas) → acquired,
 * Experimenter → creators, Instrument Microscope/Objective/Detector → instrument, PhysicalSizeX → pixel size
 * (µm unless PhysicalSizeXUnit says otherwise), channel names → subjects. Array {@code imageN} is the
 * N-th Image element.
 */
public final class OmeExtractor extends FormatExtractor {

	public OmeExtractor() {
		super("ome", "ome-tiff");
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		if (!(c.metadata().get("ome_xml") instanceof String xml)) return;
		final OmeXmlDoc doc = OmeXmlDoc.parse(xml, c.location().toString());
		final int index = a == null ? 0 : imageIndex(a.name());
		final Element image = doc.image(index);
		if (image == null) return;
		final DataCiteBuilder d = r.editDatacite();
		d.title(image.getAttribute("Name"));
		DataCiteBuilder.add(d.descriptions, OmeXmlDoc.childText(image, "Description"));
		final String date = OmeXmlDoc.childText(image, "AcquisitionDate");
		final String when = date != null ? date : OmeXmlDoc.childText(image, "CreationDate");
		if (when != null) r.acquired(when);
		for (final Element e : doc.referenced(image, "ExperimenterRef", "Experimenter")) {
			DataCiteBuilder.add(d.creators, (e.getAttribute("FirstName") + " " + e.getAttribute("LastName")).trim());
		}
		final Element pixels = OmeXmlDoc.child(image, "Pixels");
		if (pixels != null) pixels(pixels, r);
		for (final Element e : doc.referenced(image, "InstrumentRef", "Instrument")) instrument(e, r.editInstrument());
	}

	// -- Helper methods --

	private static int imageIndex(final String name) {
		return name.matches("image\\d+") ? Integer.parseInt(name.substring(5)) : 0;
	}

	private static void pixels(final Element pixels, final RecordBuilder r) {
		final String size = pixels.getAttribute("PhysicalSizeX");
		if (!size.isEmpty()) {
			final String unit = pixels.getAttribute("PhysicalSizeXUnit");
			r.pixelSize(Units.normalise(Double.parseDouble(size), unit.isEmpty() ? "µm" : unit, Units.Kind.LENGTH));
		}
		for (final Element ch : OmeXmlDoc.children(pixels, "Channel")) DataCiteBuilder.add(r.editDatacite().subjects, ch.getAttribute("Name"));
	}

	private static void instrument(final Element instrument, final InstrumentBuilder i) {
		final Element m = OmeXmlDoc.child(instrument, "Microscope");
		if (m != null) {
			final String model = (m.getAttribute("Manufacturer") + " " + m.getAttribute("Model")).trim();
			if (!model.isEmpty()) i.microscope = model;
		}
		final Element o = OmeXmlDoc.child(instrument, "Objective");
		if (o != null && !o.getAttribute("NominalMagnification").isEmpty()) i.magnification = Double.parseDouble(o.getAttribute("NominalMagnification"));
		for (final Element det : OmeXmlDoc.children(instrument, "Detector")) {
			i.detector(det.getAttribute("Model").isEmpty() ? det.getAttribute("Type") : det.getAttribute("Model"));
		}
	}
}
