package org.tessera.io.zarr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * Finds every node of a Zarr v2 or v3 hierarchy below a root: from consolidated metadata
 * ({@code .zmetadata}, or v3 {@code consolidated_metadata}) when present, else by walking groups.
 * Arrays are never walked into (their directories hold chunks).
 */
public final class ZarrHierarchy {

	/** NB: implicit groups may nest, but chunk trees must not be walked forever. */
	private static final int MAX_DEPTH = 32;

	private final Store store;
	private final List<ZarrNode> nodes = new ArrayList<>();

	private ZarrHierarchy(final Store store) {
		this.store = store;
	}

	/** Every node below the store's root, sorted by path (root first). */
	public static List<ZarrNode> read(final Store store) throws IOException {
		final ZarrHierarchy h = new ZarrHierarchy(store);
		final Optional<Map<String, Object>> consolidated = ZarrJson.read(store, ".zmetadata");
		if (consolidated.isPresent()) h.consolidatedV2(consolidated.get(), store.describe(".zmetadata"));
		else h.walk("", 0);
		h.nodes.sort(java.util.Comparator.comparing(ZarrNode::path));
		return List.copyOf(h.nodes);
	}

	private void walk(final String path, final int depth) throws IOException {
		if (depth > MAX_DEPTH) return;
		final String v3 = key(path, "zarr.json");
		final Optional<Map<String, Object>> z = ZarrJson.read(store, v3);
		if (z.isPresent()) {
			if (v3Node(path, z.get(), store.describe(v3)) && !consolidatedV3(path, z.get(), store.describe(v3))) children(path, depth);
			return;
		}
		final Optional<Map<String, Object>> za = ZarrJson.read(store, key(path, ".zarray"));
		final Map<String, Object> attrs = ZarrJson.read(store, key(path, ".zattrs")).orElse(Map.of());
		if (za.isPresent()) {
			nodes.add(new ZarrNode(path, 2, true, za.get(), attrs, store.describe(key(path, ".zarray"))));
			return;
		}
		if (store.exists(key(path, ".zgroup")) || store.exists(key(path, ".zattrs"))) {
			ZarrJson.read(store, key(path, ".zgroup"));
			nodes.add(new ZarrNode(path, 2, false, Map.of(), attrs, store.describe(key(path, ".zgroup"))));
		}
		children(path, depth);
	}

	private void children(final String path, final int depth) throws IOException {
		for (final String c : store.list(path)) {
			if (!c.startsWith(".") && !c.equals("zarr.json")) walk(key(path, c), depth + 1);
		}
	}

	/** Adds a v3 node; true when it is a group. */
	private boolean v3Node(final String path, final Map<String, Object> z, final String file) throws TesseraIOException {
		final Object type = z.get("node_type");
		if (!"array".equals(type) && !"group".equals(type)) {
			throw new TesseraIOException.Malformed(file, "node_type '" + type + "' is not array or group");
		}
		final Map<String, Object> attrs = ZarrJson.object(z.get("attributes"), "attributes", file);
		nodes.add(new ZarrNode(path, 3, "array".equals(type), z, attrs, file));
		return "group".equals(type);
	}

	/** Adds the nodes of a v3 group's inline consolidated metadata; false when it has none. */
	private boolean consolidatedV3(final String path, final Map<String, Object> z, final String file) throws TesseraIOException {
		final Map<String, Object> cm = ZarrJson.object(z.get("consolidated_metadata"), "consolidated_metadata", file);
		if (cm.isEmpty()) return false;
		for (final Map.Entry<String, Object> e : new TreeMap<>(ZarrJson.object(cm.get("metadata"), "metadata", file)).entrySet()) {
			v3Node(key(path, e.getKey()), ZarrJson.object(e.getValue(), e.getKey(), file), file);
		}
		return true;
	}

	private void consolidatedV2(final Map<String, Object> zm, final String file) throws TesseraIOException {
		final Map<String, Object> md = ZarrJson.object(ZarrJson.required(zm, "metadata", file), "metadata", file);
		for (final String k : new TreeMap<>(md).keySet()) {
			final boolean array = k.endsWith(".zarray");
			if (!array && !k.endsWith(".zgroup")) continue;
			final String path = k.contains("/") ? k.substring(0, k.lastIndexOf('/')) : "";
			final Map<String, Object> attrs = ZarrJson.object(md.get(key(path, ".zattrs")), k, file);
			nodes.add(new ZarrNode(path, 2, array, array ? ZarrJson.object(md.get(k), k, file) : Map.of(), attrs, file));
		}
	}

	private static String key(final String path, final String name) {
		return path.isEmpty() ? name : path + "/" + name;
	}
}
