package org.tessera.export.rocrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.export.Digests;

import java.util.Locale;
import java.util.Map;

/** File data entities: name, size, SHA-256 and media type. */
final class CrateFiles {

	/** Media types by file suffix or name; the rest is {@code application/octet-stream}. */
	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("json", "application/json"), Map.entry(
		"zarray", "application/json"), Map.entry("zattrs", "application/json"), Map.entry("zgroup", "application/json"),
		Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("png", "image/png"), Map.entry("h5",
			"application/x-hdf5"), Map.entry("hdf5", "application/x-hdf5"), Map.entry("emd", "application/x-hdf5"),
		Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("xml", "application/xml"));

	private CrateFiles() {}

	/** Adds (or completes) the File entity of {@code path}. */
	static ObjectNode add(final CrateGraph g, final String path, final Digests d) {
		final ObjectNode f = g.entity(path, "File");
		f.put("name", path.substring(path.lastIndexOf('/') + 1));
		f.put("contentSize", Long.toString(d.size()));
		f.put("sha256", d.sha256());
		f.put("encodingFormat", mediaType(path));
		return f;
	}

	/** The media type of a file name. */
	static String mediaType(final String path) {
		final String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		final int dot = name.lastIndexOf('.');
		return TYPES.getOrDefault(dot < 0 ? name : name.substring(dot + 1), "application/octet-stream");
	}
}
