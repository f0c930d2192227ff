package org.tessera.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Static flattening of a JSON-like metadata tree to dotted keys and string values
 * ({@code "Optics.AccelerationVoltage" -> "300000"}; list items get their index:
 * {@code "Detectors.0.DetectorName"}), so that vendor metadata is searchable as key=value text.
 */
public final class Flattening {

	/** Values longer than this are cut (huge arrays in vendor trees are not search text). */
	public static final int MAX_VALUE = 1024;

	private Flattening() {}

	public static Map<String, String> flatten(final Map<String, ?> tree) {
		final Map<String, String> out = new LinkedHashMap<>();
		walk("", tree, out);
		return out;
	}

	private static void walk(final String prefix, final Object node, final Map<String, String> out) {
		if (node instanceof Map<?, ?> m) {
			for (final Map.Entry<?, ?> e : m.entrySet()) walk(key(prefix, String.valueOf(e.getKey())), e.getValue(), out);
		}
		else if (node instanceof List<?> l) {
			for (int i = 0; i < l.size(); i++) walk(key(prefix, String.valueOf(i)), l.get(i), out);
		}
		else if (node != null && !prefix.isEmpty()) {
			final String s = node.getClass().isArray() ? arrayText(node) : node.toString();
			out.put(prefix, s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) : s);
		}
	}

	private static String key(final String prefix, final String k) {
		return prefix.isEmpty() ? k : prefix + "." + k;
	}

	private static String arrayText(final Object array) {
		final int n = java.lang.reflect.Array.getLength(array);
		final StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < n && sb.length() < MAX_VALUE; i++) sb.append(i == 0 ? "" : ", ").append(java.lang.reflect.Array.get(array, i));
		return sb.append(']').toString();
	}
}
