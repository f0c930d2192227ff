package org.tessera.io.tiff;

import java.util.Locale;
import java.util.Map;

/**
 * Normalises unit spellings found in OME-XML and ImageJ descriptions to the UDUNITS names that
 * OME-NGFF and the rest of Tessera use ({@code "µm"} and {@code "micron"} to {@code "micrometer"}).
 * Unknown units pass through unchanged.
 */
final class Units {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("pm", "picometer"),
		Map.entry("nm", "nanometer"), Map.entry("µm", "micrometer"), Map.entry("μm", "micrometer"),
		Map.entry("um", "micrometer"), Map.entry("micron", "micrometer"), Map.entry("microns", "micrometer"),
		Map.entry("mm", "millimeter"), Map.entry("cm", "centimeter"), Map.entry("m", "meter"),
		Map.entry("å", "angstrom"), Map.entry("angstrom", "angstrom"), Map.entry("s", "second"),
		Map.entry("sec", "second"), Map.entry("ms", "millisecond"), Map.entry("µs", "microsecond"),
		Map.entry("ns", "nanosecond"), Map.entry("min", "minute"), Map.entry("h", "hour"));

	private Units() {}

	static String normalise(final String unit) {
		if (unit == null) return "";
		final String u = unit.trim().replace("\\u00B5", "µ").replace("\\u00b5", "µ");
		return NAMES.getOrDefault(u.toLowerCase(Locale.ROOT), u);
	}
}
