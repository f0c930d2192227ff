package org.tessera.meta.extract;

import org.tessera.io.TesseraIOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A parsed OME-XML document, namespace-agnostic (every OME schema version), with ID references resolved. */
final class OmeXmlDoc {

	private final Document doc;

	private OmeXmlDoc(final Document doc) {
		this.doc = doc;
	}

	/** Parses the XML; a malformed document is a {@link TesseraIOException.Malformed} naming the file. */
	static OmeXmlDoc parse(final String xml, final String file) throws TesseraIOException {
		try {
			final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return new OmeXmlDoc(f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml))));
		}
		catch (final ParserConfigurationException | SAXException | IOException e) {
			throw new TesseraIOException.Malformed(file, "OME-XML: " + e.getMessage(), e);
		}
	}

	/** The index-th Image element, or null. */
	Element image(final int index) {
		final NodeList l = doc.getElementsByTagNameNS("*", "Image");
		return index < l.getLength() ? (Element) l.item(index) : null;
	}

	/** The elements named {@code target} whose ID a {@code ref} child of {@code e} names. */
	List<Element> referenced(final Element e, final String ref, final String target) {
		final List<Element> out = new ArrayList<>();
		for (final Element r : children(e, ref)) {
			final NodeList l = doc.getElementsByTagNameNS("*", target);
			for (int i = 0; i < l.getLength(); i++) {
				final Element t = (Element) l.item(i);
				if (t.getAttribute("ID").equals(r.getAttribute("ID"))) out.add(t);
			}
		}
		return out;
	}

	// -- Static element helpers --

	static List<Element> children(final Element e, final String name) {
		final List<Element> out = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element c && name.equals(c.getLocalName())) out.add(c);
		}
		return out;
	}

	static Element child(final Element e, final String name) {
		final List<Element> l = children(e, name);
		return l.isEmpty() ? null : l.get(0);
	}

	/** The trimmed text of the first child named {@code name}, or null when absent or blank. */
	static String childText(final Element e, final String name) {
		final Element c = child(e, name);
		final String t = c == null ? "" : c.getTextContent().trim();
		return t.isEmpty() ? null : t;
	}
}
