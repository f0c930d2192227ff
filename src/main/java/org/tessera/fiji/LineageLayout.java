package org.tessera.fiji;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.lineage.Activity;
import org.tessera.lineage.Entity;

/**
 * A layered layout of a lineage graph for drawing without Graphviz: data flows left to right, each
 * node in the column after the last of its predecessors (longest path), rows in order of appearance.
 * Entities and activities alternate; an activity's inputs point to it, it points to its outputs.
 */
final class LineageLayout {

	/** One box: an entity ({@code activity} false) or an activity, at {@code column}, {@code row}. */
	record Node(String id, boolean activity, boolean failed, List<String> lines, int column, int row) {}

	/** An arrow between two node ids. */
	record Edge(String from, String to) {}

	final Map<String, Node> nodes = new LinkedHashMap<>();
	final List<Edge> edges = new ArrayList<>();

	private LineageLayout() {}

	/** The layout of {@code activities}. */
	static LineageLayout of(final List<Activity> activities) {
		final LineageLayout l = new LineageLayout();
		final Map<String, List<String>> labels = new LinkedHashMap<>();
		final Map<String, Boolean> failed = new LinkedHashMap<>();
		for (final Activity a : activities) {
			a.inputs().forEach(e -> l.add(labels, e, new Edge(e.id(), a.id())));
			labels.put(a.id(), List.of(a.type(), a.status()));
			failed.put(a.id(), Activity.FAILED.equals(a.status()));
			a.outputs().forEach(e -> l.add(labels, e, new Edge(a.id(), e.id())));
		}
		final Map<String, Integer> column = columns(labels.keySet(), l.edges);
		final Map<Integer, Integer> rows = new LinkedHashMap<>();
		for (final Map.Entry<String, List<String>> e : labels.entrySet()) {
			final int c = column.get(e.getKey());
			final int r = rows.merge(c, 1, Integer::sum) - 1;
			l.nodes.put(e.getKey(), new Node(e.getKey(), failed.containsKey(e.getKey()), failed.getOrDefault(e.getKey(),
				false), e.getValue(), c, r));
		}
		return l;
	}

	/** The number of columns and of rows in the fullest column. */
	int[] size() {
		return new int[] { nodes.values().stream().mapToInt(Node::column).max().orElse(-1) + 1, nodes.values().stream()
			.mapToInt(Node::row).max().orElse(-1) + 1 };
	}

	// -- Helper methods --

	private void add(final Map<String, List<String>> labels, final Entity e, final Edge edge) {
		labels.putIfAbsent(e.id(), List.of(e.kind(), name(e.location()), shortId(e.id())));
		if (!edges.contains(edge)) edges.add(edge);
	}

	/** Longest-path columns; NB: at most one relaxation per node, so a cycle cannot loop forever. */
	private static Map<String, Integer> columns(final Iterable<String> ids, final List<Edge> edges) {
		final Map<String, Integer> col = new LinkedHashMap<>();
		ids.forEach(id -> col.put(id, 0));
		for (int round = 0; round < col.size(); round++) {
			boolean changed = false;
			for (final Edge e : edges) {
				if (col.get(e.to()) <= col.get(e.from())) {
					col.put(e.to(), col.get(e.from()) + 1);
					changed = true;
				}
			}
			if (!changed) break;
		}
		return col;
	}

	/** The last part of a location ({@code /data/a.dm3#image1} → {@code a.dm3#image1}). */
	private static String name(final String location) {
		if (location == null) return "";
		final String l = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
		final int hash = l.indexOf('#'), slash = l.lastIndexOf('/', hash < 0 ? l.length() : hash);
		return l.substring(slash + 1);
	}

	/** A content id shortened to its scheme and 12 hex digits. */
	private static String shortId(final String id) {
		final int colon = id.indexOf(':');
		return colon > 0 && id.length() > colon + 13 ? id.substring(0, colon + 13) + "…" : id;
	}
}
