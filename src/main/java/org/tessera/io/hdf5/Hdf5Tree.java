package org.tessera.io.hdf5;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;

/**
 * The walked hierarchy of an HDF5 file: every dataset and group by its path (without the leading
 * slash; {@code ""} for the root group), soft and external links followed, cycles cut, broken links
 * listed with the reason. Walk it under the file's metadata lock.
 */
final class Hdf5Tree {

	final Map<String, Dataset> datasets = new LinkedHashMap<>();
	final Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
	final Map<String, String> brokenLinks = new LinkedHashMap<>();
	private final Set<String> visited = new HashSet<>();

	private Hdf5Tree() {}

	static Hdf5Tree walk(final Group root) {
		final Hdf5Tree t = new Hdf5Tree();
		t.group("", root);
		return t;
	}

	private void group(final String path, final Group g) {
		// NB: a soft link back to an ancestor would loop; each group object is walked once.
		if (!visited.add(g.getFileAsPath() + "#" + g.getAddress())) return;
		groups.put(path, Hdf5Values.attributes(g.getAttributes()));
		for (final Map.Entry<String, Node> e : g.getChildren().entrySet()) {
			node(path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), e.getValue());
		}
	}

	private void node(final String path, final Node n) {
		Node target = n;
		if (n instanceof Link link) {
			try {
				target = link.getTarget();
			}
			catch (final HdfException | IllegalArgumentException e) {
				brokenLinks.put(path, link.getTargetPath() + " (" + Hdf5File.cause(e) + ")");
				return;
			}
		}
		if (target instanceof Group g) group(path, g);
		else if (target instanceof Dataset d) datasets.put(path, d);
	}

	Map<String, Object> metadata() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("attributes", groups.getOrDefault("", Map.of()));
		final Map<String, Object> g = new LinkedHashMap<>(groups);
		g.remove("");
		m.put("groups", Collections.unmodifiableMap(g));
		if (!brokenLinks.isEmpty()) m.put("brokenLinks", Collections.unmodifiableMap(brokenLinks));
		return m;
	}
}
