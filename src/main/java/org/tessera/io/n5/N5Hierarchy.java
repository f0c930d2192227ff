package org.tessera.io.n5;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.Store;

/**
 * The groups and datasets of an N5 hierarchy, found by walking its directories from the opened
 * root: a directory whose {@code attributes.json} has {@code dimensions} and {@code dataType} is
 * a dataset; any other directory is a group (its attributes file is optional). Block directories
 * (numeric names inside a dataset) are not entered.
 */
final class N5Hierarchy {

	/** Dataset keys ({@code ""} for a root dataset) to their attributes, in walk order. */
	final Map<String, Map<String, Object>> datasets = new LinkedHashMap<>();

	/** Group keys ({@code ""} for the root) to their attributes (empty when they have none). */
	final Map<String, Map<String, Object>> groups = new LinkedHashMap<>();

	private final Store store;

	private N5Hierarchy(final Store store) {
		this.store = store;
	}

	/** Walks the whole hierarchy below the store's root, whose attributes are given (or empty). */
	static N5Hierarchy walk(final Store store, final Map<String, Object> rootAttributes) throws IOException {
		final N5Hierarchy h = new N5Hierarchy(store);
		h.add("", rootAttributes);
		return h;
	}

	/** The attributes of a dataset and then of each parent group up to the root. */
	List<Map<String, Object>> chain(final String key) {
		final List<Map<String, Object>> chain = new ArrayList<>();
		chain.add(datasets.get(key));
		String k = key;
		while (!k.isEmpty()) {
			k = k.contains("/") ? k.substring(0, k.lastIndexOf('/')) : "";
			chain.add(groups.getOrDefault(k, Map.of()));
		}
		return chain;
	}

	// -- Helper methods --

	private void add(final String key, final Map<String, Object> attrs) throws IOException {
		final boolean dataset = N5DatasetAttributes.isDataset(attrs);
		if (dataset) datasets.put(key, attrs);
		else groups.put(key, attrs == null ? Collections.emptyMap() : attrs);
		for (final String name : store.list(key)) {
			if (name.equals(N5Json.ATTRIBUTES) || name.startsWith(".") || dataset && isNumeric(name)) continue;
			final String child = key.isEmpty() ? name : key + "/" + name;
			// NB: list() is empty for plain files and empty directories; neither holds anything.
			if (!store.list(child).isEmpty()) add(child, N5Json.read(store, child));
		}
	}

	private static boolean isNumeric(final String name) {
		return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
	}
}
