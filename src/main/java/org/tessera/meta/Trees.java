package org.tessera.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads values out of JSON-like metadata trees (maps, lists, strings, numbers) by dotted paths, as the
 * extractors need them: vendor files often write numbers as strings ("300000"), and empty strings
 * mean "not recorded".
 */
public final class Trees {

	private Trees() {}

	/** The node at {@code path} (keys separated by dots; list items by index), if any. */
	public static Optional<Object> get(final Object tree, final String path) {
		Object node = tree;
		for (final String k : path.split("\\.")) {
			if (node instanceof Map<?, ?> m) node = m.get(k);
			else if (node instanceof List<?> l && k.matches("\\d+") && Integer.parseInt(k) < l.size()) node = l.get(Integer.parseInt(k));
			else return Optional.empty();
			if (node == null) return Optional.empty();
		}
		return Optional.of(node);
	}

	/** A non-blank text value (numbers as their text). */
	public static Optional<String> text(final Object tree, final String path) {
		return get(tree, path).filter(v -> !(v instanceof Map) && !(v instanceof List)).map(Object::toString)
			.map(String::trim).filter(s -> !s.isEmpty());
	}

	/** A finite number, parsed from text when the file wrote it as text. */
	public static Optional<Double> number(final Object tree, final String path) {
		return get(tree, path).flatMap(Trees::asNumber);
	}

	/** A map below {@code path}, or an empty map. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(final Object tree, final String path) {
		return get(tree, path).filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).orElse(Map.of());
	}

	/** The value as a finite double, when it is a number or a numeric string. */
	public static Optional<Double> asNumber(final Object v) {
		if (v instanceof Number n) return Optional.of(n.doubleValue()).filter(Double::isFinite);
		if (v instanceof String s) {
			try {
				return Optional.of(Double.parseDouble(s.trim())).filter(Double::isFinite);
			}
			catch (final NumberFormatException e) {
				// NB: not a number is an answer, not a fault: vendor fields mix text and numbers.
				return Optional.empty();
			}
		}
		return Optional.empty();
	}
}
