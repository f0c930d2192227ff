package org.tessera.meta;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises measured values to Tessera's canonical units, keeping what the file wrote in the
 * {@link Quantity}. NB: lengths (pixel sizes, stage positions) are all nm — also sub-ångström
 * pixel sizes, so that one range query covers every record; pm is accepted as input only.
 * An unknown unit is never guessed: the value stays as written, with its original unit.
 */
public final class Units {

	/** What a value measures, with its canonical unit and the accepted spellings (unit → factor to canonical). */
	public enum Kind {
		VOLTAGE("kV", Map.of("v", 1e-3, "kv", 1.0, "kev", 1.0, "ev", 1e-3)),
		LENGTH("nm", Map.ofEntries(Map.entry("m", 1e9), Map.entry("meter", 1e9), Map.entry("mm", 1e6),
			Map.entry("millimeter", 1e6), Map.entry("µm", 1e3), Map.entry("μm", 1e3), Map.entry("um", 1e3),
			Map.entry("micron", 1e3), Map.entry("micrometer", 1e3), Map.entry("nm", 1.0), Map.entry("nanometer", 1.0),
			Map.entry("å", 0.1), Map.entry("a", 0.1), Map.entry("angstrom", 0.1), Map.entry("pm", 1e-3),
			Map.entry("picometer", 1e-3))),
		RECIPROCAL_LENGTH("1/nm", Map.of("1/nm", 1.0, "nm^-1", 1.0, "1/m", 1e-9, "1/å", 10.0, "1/a", 10.0,
			"1/angstrom", 10.0, "1/pm", 1e3, "1/um", 1e-3, "1/µm", 1e-3)),
		ENERGY("eV", Map.of("ev", 1.0, "kev", 1e3, "electronvolt", 1.0)),
		TIME("s", Map.of("s", 1.0, "sec", 1.0, "second", 1.0, "ms", 1e-3, "millisecond", 1e-3, "µs", 1e-6,
			"μs", 1e-6, "us", 1e-6, "microsecond", 1e-6, "ns", 1e-9)),
		ANGLE("mrad", Map.of("mrad", 1.0, "rad", 1e3, "radian", 1e3, "deg", 1e3 * Math.PI / 180, "degree", 1e3 * Math.PI / 180,
			"°", 1e3 * Math.PI / 180, "µrad", 1e-3, "urad", 1e-3)),
		TILT("deg", Map.of("deg", 1.0, "degree", 1.0, "°", 1.0, "rad", 180 / Math.PI, "radian", 180 / Math.PI,
			"mrad", 0.18 / Math.PI)),
		CAMERA_LENGTH("mm", Map.of("m", 1e3, "cm", 10.0, "mm", 1.0, "millimeter", 1.0, "µm", 1e-3, "um", 1e-3));

		final String canonical;
		final Map<String, Double> factors;

		Kind(final String canonical, final Map<String, Double> factors) {
			this.canonical = canonical;
			this.factors = factors;
		}

		/** The canonical unit, e.g. "kV". */
		public String canonical() {
			return canonical;
		}

		/** True when this kind knows the unit (any spelling listed above, case-insensitive). */
		public boolean accepts(final String unit) {
			return unit != null && factors.containsKey(key(unit));
		}
	}

	private static final Pattern NUMBER_UNIT = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(.*?)\\s*");

	private Units() {}

	// -- Normalisation --

	/** The value in the canonical unit of {@code kind}; an unknown unit keeps value and unit as written. */
	public static Quantity normalise(final double value, final String unit, final Kind kind) {
		final String u = unit == null ? "" : unit.trim();
		final Double f = kind.factors.get(key(u));
		if (f == null) return new Quantity(value, u, value, u);
		return new Quantity(round(value * f), kind.canonical, value, u);
	}

	/** Parses "200 kV", "0.5nm", "3 1/nm"; null when the text starts with no number. */
	public static Quantity parse(final String text, final Kind kind) {
		if (text == null) return null;
		final Matcher m = NUMBER_UNIT.matcher(text);
		if (!m.matches()) return null;
		return normalise(Double.parseDouble(m.group(1)), m.group(2), kind);
	}

	/** The kind whose spellings include {@code unit} among lengths, reciprocal lengths, energies and times; null if none. */
	public static Kind axisKind(final String unit) {
		for (final Kind k : new Kind[] { Kind.LENGTH, Kind.RECIPROCAL_LENGTH, Kind.ENERGY, Kind.TIME }) {
			if (k.accepts(unit)) return k;
		}
		return null;
	}

	// -- Helper methods --

	private static String key(final String unit) {
		final String u = unit.trim().toLowerCase(Locale.ROOT).replace(" ", "");
		return u.endsWith("s") && u.length() > 3 && !u.startsWith("1/") ? u.substring(0, u.length() - 1) : u;
	}

	/** NB: 12 significant digits, so that 0.478 m is 478 mm and not 477.99999999999994. */
	private static double round(final double v) {
		if (v == 0 || !Double.isFinite(v)) return v;
		return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
	}
}
