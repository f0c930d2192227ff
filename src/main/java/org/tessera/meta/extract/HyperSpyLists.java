package org.tessera.meta.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.tessera.io.Container;
import org.tessera.io.FileStore;
import org.tessera.io.TesseraIOException;
import org.tessera.io.hdf5.Hdf5Container;
import org.tessera.io.zarr.ZarrCodecs;
import org.tessera.io.zarr.ZarrJson;
import org.tessera.meta.Trees;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The lists of a HyperSpy metadata tree ({@code Sample.elements}, ...), which HyperSpy writes as small
 * arrays named {@code _list_<key>}: an HDF5 string dataset in {@code .hspy}, a Zarr object array with the
 * {@code json2} filter in {@code .zspy} (one chunk {@code 0} holding {@code [item, ..., "|O", [n]]}).
 */
final class HyperSpyLists {

	private static final ObjectMapper JSON = new ObjectMapper();

	private HyperSpyLists() {}

	/** The list at {@code path} (an array of the container), JSON-like; empty when it is in no encoding read here. */
	static List<?> read(final Container c, final String path) throws IOException {
		if (c instanceof Hdf5Container h) return hdf5(h, path);
		final FileStore store = new FileStore(c.location().path());
		final Map<String, Object> zarray = ZarrJson.read(store, path + "/.zarray").orElse(Map.of());
		// NB: only HyperSpy's own encoding (json2) is decoded; another object codec leaves the list unknown.
		if (!"json2".equals(Trees.text(zarray, "filters.0.id").orElse("")) || !store.exists(path + "/0")) return List.of();
		final String file = store.describe(path + "/0");
		byte[] bytes = store.read(path + "/0");
		if (zarray.get("compressor") instanceof Map<?, ?> m) {
			bytes = ZarrCodecs.create(Trees.text(m, "id").orElse(""), cast(m), store.describe(path + "/.zarray")).decode(bytes, -1);
		}
		final List<?> items = parse(bytes, file);
		return items.size() >= 2 ? items.subList(0, items.size() - 2) : List.of();
	}

	// -- Helper methods --

	private static List<?> hdf5(final Hdf5Container h, final String path) throws IOException {
		try {
			return h.smallValue(path) instanceof List<?> l ? l : List.of();
		}
		catch (final TesseraIOException.Malformed e) {
			// NB: jHDF cannot decode a gzip+shuffle variable-length string dataset, which is how HyperSpy writes
			// lists: the list stays unknown (no field is invented) rather than failing the whole record.
			return List.of();
		}
	}

	private static List<?> parse(final byte[] bytes, final String file) throws TesseraIOException {
		try {
			return JSON.readValue(bytes, List.class);
		}
		catch (final IOException e) {
			throw new TesseraIOException.Corrupt(file, "not a json2 object chunk: " + e.getMessage());
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(final Map<?, ?> m) {
		return (Map<String, Object>) m;
	}
}
