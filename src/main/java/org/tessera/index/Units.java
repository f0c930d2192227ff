package org.tessera.index;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers the way users write them, with or without a unit ({@code 200kV}, {@code 300 kV},
 * {@code 0.5nm}, {@code 500pm}, {@code 80mm}), converted to a field's canonical unit. A bare number
 * is already in the canonical unit.
 */
final class Units {

	private static final Pattern NUMBER_UNIT = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(\\S*)");

	/** Factor to the canonical unit (the map's key) for each accepted unit spelling. */
	private static final Map<String, Map<String, Double>> FACTORS = Map.of(
		"kV", Map.of("v", 1e-3, "kv", 1.0, "mv", 1e3, "kev", 1.0, "ev", 1e-3),
		"mm", Map.of("m", 1e3, "cm", 10.0, "mm", 1.0, "um", 1e-3, "µm", 1e-3),
		"nm", Map.of("m", 1e9, "mm", 1e6, "um", 1e3, "µm", 1e3, "nm", 1.0, "a", 0.1, "å", 0.1, "pm", 1e-3),
		"", Map.of("x", 1.0, "kx", 1e3, "mx", 1e6));

	private Units() {}

	/**
	 * The value of {@code text} in {@code canonical}.
	 *
	 * @throws IllegalArgumentException naming the field, the text and the accepted units
	 */
	static double parse(final String field, final String canonical, final String text) {
		final Matcher m = NUMBER_UNIT.matcher(text.trim());
		if (!m.matches()) throw new IllegalArgumentException(field + ": not a number: '" + text + "'");
		final double v = Double.parseDouble(m.group(1));
		final String unit = m.group(2).toLowerCase(Locale.ROOT);
		if (unit.isEmpty()) return v;
		final Double f = FACTORS.get(canonical).get(unit);
		if (f == null) {
			throw new IllegalArgumentException(field + ": unknown unit '" + m.group(2) + "' in '" + text
				+ "' (field unit " + (canonical.isEmpty() ? "none" : canonical) + "; accepted: "
				+ FACTORS.get(canonical).keySet() + ")");
		}
		return v * f;
	}
}
