package org.tessera.io.tiff;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.tessera.io.TesseraIOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses the OME-XML of an OME-TIFF with the JDK's DOM parser (secure processing, no DTDs, no
 * external entities), by local element names so every schema version since 2008 reads alike.
 * Only what Tessera uses is extracted: Images with their Pixels, Channels and TiffData, and the
 * Plate/Well/WellSample listing.
 */
final class OmeXml {

	private OmeXml() {}

	/** The parsed document: its images in document order and its plates. */
	record Metadata(List<OmeImage> images, List<Map<String, Object>> plates) {}

	/**
	 * @param file the TIFF, named in messages
	 * @throws TesseraIOException.Malformed when the XML cannot be parsed or an Image has no Pixels
	 */
	static Metadata parse(final String xml, final String file) throws TesseraIOException {
		final Element root = document(xml, file).getDocumentElement();
		final List<OmeImage> images = new ArrayList<>();
		for (final Element image : children(root, "Image")) images.add(OmeImages.of(image, file));
		final List<Map<String, Object>> plates = new ArrayList<>();
		for (final Element plate : children(root, "Plate")) plates.add(plate(plate));
		return new Metadata(images, plates);
	}

	// -- DOM helpers --

	/** The child elements with a local name, in document order. */
	static List<Element> children(final Element parent, final String localName) {
		final List<Element> out = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && localName.equals(e.getLocalName())) out.add(e);
		}
		return out;
	}

	/** Every attribute of an element as a string map, in document order. */
	static Map<String, Object> attributes(final Element e) {
		final Map<String, Object> out = new LinkedHashMap<>();
		for (int i = 0; i < e.getAttributes().getLength(); i++) {
			final Node a = e.getAttributes().item(i);
			if (!a.getNodeName().startsWith("xmlns") && !a.getNodeName().contains(":")) out.put(a.getNodeName(), a.getNodeValue());
		}
		return out;
	}

	private static Map<String, Object> plate(final Element plate) {
		final Map<String, Object> out = attributes(plate);
		final List<Object> wells = new ArrayList<>();
		for (final Element well : children(plate, "Well")) {
			final Map<String, Object> w = attributes(well);
			final List<Object> samples = new ArrayList<>();
			for (final Element s : children(well, "WellSample")) {
				final Map<String, Object> m = attributes(s);
				for (final Element ref : children(s, "ImageRef")) m.put("ImageRef", ref.getAttribute("ID"));
				samples.add(m);
			}
			w.put("WellSamples", samples);
			wells.add(w);
		}
		out.put("Wells", wells);
		return out;
	}

	private static Document document(final String xml, final String file) throws TesseraIOException {
		try {
			final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setXIncludeAware(false);
			f.setExpandEntityReferences(false);
			final DocumentBuilder b = f.newDocumentBuilder();
			// NB: the default error handler prints to stderr; failures are reported by the exception.
			b.setErrorHandler(null);
			return b.parse(new InputSource(new StringReader(xml)));
		}
		catch (final SAXException | IOException e) {
			throw new TesseraIOException.Malformed(file, "malformed OME-XML in the ImageDescription: " + e.getMessage(), e);
		}
		catch (final ParserConfigurationException e) {
			throw new IllegalStateException("the JDK XML parser refuses secure settings", e);
		}
	}
}
