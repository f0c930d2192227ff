package org.tessera.io.n5;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.AbstractContainer;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Location;
import org.tessera.io.Multiscale;
import org.tessera.io.Store;

/**
 * An opened N5 root, group or dataset: every dataset below it, named by its path relative to the
 * opened directory ({@code "raw"}, {@code "setup0/timepoint0/s0"}; {@code "/"} when the opened
 * directory is itself a dataset).
 */
final class N5Container extends AbstractContainer<ArrayInfo> {

	private final Store store;
	private final String version;
	private final N5Hierarchy hierarchy;

	/** Walks the hierarchy and parses every dataset's sizes (metadata only). */
	N5Container(final Location location, final Store store, final Map<String, Object> rootAttributes,
		final String version) throws IOException
	{
		super(N5Format.NAME, location, "N5 dataset", "datasets");
		this.store = store;
		this.version = version;
		this.hierarchy = N5Hierarchy.walk(store, rootAttributes);
		for (final Map.Entry<String, Map<String, Object>> e : hierarchy.datasets.entrySet()) {
			final N5DatasetAttributes d = N5DatasetAttributes.parse(e.getValue(), store.describe(N5Json.attributesKey(e.getKey())));
			put(name(e.getKey()), new ArrayInfo(name(e.getKey()), d.shape(), d.dtype(), d.chunkShape(), axes(e.getKey(), d)));
		}
	}

	// -- Container methods --

	/**
	 * {@code n5}: the version (null when the root does not say), {@code attributes}: the opened
	 * directory's attributes, {@code groups}: every group path to its attributes.
	 */
	@Override
	public Map<String, Object> metadata() {
		final Map<String, Object> groups = new LinkedHashMap<>();
		hierarchy.groups.forEach((k, v) -> groups.put(name(k), v));
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("n5", version);
		m.put("attributes", hierarchy.groups.getOrDefault("", hierarchy.datasets.getOrDefault("", Map.of())));
		m.put("groups", Collections.unmodifiableMap(groups));
		return Collections.unmodifiableMap(m);
	}

	@Override
	public List<Multiscale> multiscales() {
		return N5Multiscales.find(hierarchy);
	}

	// -- AbstractContainer methods --

	@Override
	protected ArrayInfo info(final String name, final ArrayInfo entry) {
		return entry;
	}

	@Override
	protected ChunkedArray open(final String name, final ArrayInfo info) throws IOException {
		final String key = name.equals("/") ? "" : name;
		return N5Array.of(store, location(), name, key, hierarchy.datasets.get(key), info.axes());
	}

	/** NB: names the missing dataset's directory, not the root. */
	@Override
	protected String describe(final String name) {
		return store.describe(name);
	}

	// -- Helper methods --

	private List<Axis> axes(final String key, final N5DatasetAttributes d) {
		final int level = N5Multiscales.level(hierarchy.datasets, key);
		return new ArrayList<>(N5Axes.of(hierarchy.chain(key), d.dimensions().length, level));
	}

	private static String name(final String key) {
		return key.isEmpty() ? "/" : key;
	}
}
