package org.tessera.io.n5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.io.Multiscale;

/**
 * Finds image pyramids in an N5 hierarchy: a group holding datasets {@code s0, s1, ...} is one
 * pyramid, finest first. This covers the N5 Viewer convention ({@code downsamplingFactors} on each
 * level), the {@code scales} group attribute, and BigDataViewer's {@code setupN/timepointN/sN}
 * layout (one pyramid per setup and time point).
 */
final class N5Multiscales {

	private N5Multiscales() {}

	/** Every pyramid of the hierarchy, in walk order. */
	static List<Multiscale> find(final N5Hierarchy hierarchy) {
		final List<Multiscale> out = new ArrayList<>();
		for (final String group : hierarchy.groups.keySet()) {
			final List<String> levels = new ArrayList<>();
			while (hierarchy.datasets.containsKey(child(group, "s" + levels.size()))) {
				levels.add(child(group, "s" + levels.size()));
			}
			final String name = group.isEmpty() ? "/" : group;
			if (!levels.isEmpty()) out.add(new Multiscale(name, name, List.copyOf(levels)));
		}
		return out;
	}

	/** The level of a dataset key {@code .../sN} inside a pyramid group, or -1. */
	static int level(final Map<String, Map<String, Object>> datasets, final String key) {
		final String name = key.substring(key.lastIndexOf('/') + 1);
		if (!name.matches("s\\d{1,6}")) return -1;
		final int level = Integer.parseInt(name.substring(1));
		final String group = key.contains("/") ? key.substring(0, key.lastIndexOf('/')) : "";
		for (int l = 0; l < level; l++) {
			if (!datasets.containsKey(child(group, "s" + l))) return -1;
		}
		return level;
	}

	private static String child(final String group, final String name) {
		return group.isEmpty() ? name : group + "/" + name;
	}
}
