package org.tessera.io.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lookups in a parsed DM tag tree. DM tag names contain spaces where hyperspy's mapping writes
 * underscores ({@code "Microscope Info"} / {@code Microscope_Info}); {@link #get} treats them alike.
 */
final class DmTree {

	private DmTree() {}

	/** The value at a path of tag names below {@code node}, or null when any step is missing. */
	static Object get(final Object node, final String... path) {
		Object n = node;
		for (final String step : path) {
			if (!(n instanceof Map<?, ?> m)) return null;
			n = m.containsKey(step) ? m.get(step) : byLooseName(m, step);
		}
		return n;
	}

	/** A sub-group as a map, or an empty map. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> group(final Object node, final String... path) {
		return get(node, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	/** The groups of a list-like tag group (a list, or a map of groups), in order. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> groups(final Object node) {
		final List<Map<String, Object>> out = new ArrayList<>();
		final Iterable<?> items = node instanceof List<?> l ? l : node instanceof Map<?, ?> m ? m.values() : List.of();
		for (final Object o : items) {
			if (o instanceof Map<?, ?> g) out.add((Map<String, Object>) g);
		}
		return out;
	}

	/** A number at a path, or NaN. */
	static double number(final Object node, final String... path) {
		return get(node, path) instanceof Number n ? n.doubleValue() : Double.NaN;
	}

	/** A string at a path, or null. */
	static String string(final Object node, final String... path) {
		return get(node, path) instanceof String s ? s : null;
	}

	private static Object byLooseName(final Map<?, ?> m, final String step) {
		final String want = step.replace('_', ' ');
		for (final Map.Entry<?, ?> e : m.entrySet()) {
			if (e.getKey().toString().replace('_', ' ').equals(want)) return e.getValue();
		}
		return null;
	}
}
