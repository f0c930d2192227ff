package org.tessera.io.dm;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The key metadata of one DM image under hyperspy's flattened names ({@code General.date},
 * {@code Acquisition_instrument.TEM.beam_energy}, ...), taken from its ImageTags by hyperspy's
 * mapping rules (microscope, voltage in kV, magnification, camera length, acquisition mode, stage,
 * EELS and EDS detector settings, dwell time, intensity calibration). Missing tags are left out.
 */
final class DmKeyMetadata {

	private final Map<String, Object> out = new LinkedHashMap<>();
	private final Map<String, Object> tags;

	private DmKeyMetadata(final Map<String, Object> tags) {
		this.tags = tags;
	}

	/** The key metadata of an image group. */
	static Map<String, Object> of(final Map<String, Object> image, final String signal, final DmFile f) {
		final Map<String, Object> imageTags = DmTree.group(image, "ImageTags");
		final boolean stack = imageTags.containsKey("source");
		final DmKeyMetadata k = new DmKeyMetadata(stack ? DmTree.group(imageTags, "source", "Tags at creation") : imageTags);
		k.out.put("General.title", image.get("Name") instanceof String s ? s : "");
		k.out.put("General.original_filename", Path.of(f.file()).getFileName().toString());
		k.out.put("Signal.signal_type", signal);
		k.general("DataBar");
		DmInstrument.map(k, imageTags);
		if (imageTags.containsKey("SI")) k.general("SI", "Acquisition");
		DmDetectors.map(k, signal);
		k.brightness(DmTree.group(image, "ImageData", "Calibrations", "Brightness"), signal);
		return Collections.unmodifiableMap(k.out);
	}

	// -- Mapping helpers for DmInstrument and DmDetectors --

	Map<String, Object> tags() {
		return tags;
	}

	/** Maps the tag at {@code path} to {@code key}, converted, when the tag is present. */
	void map(final String key, final UnaryOperator<Object> convert, final String... path) {
		final Object v = DmTree.get(tags, path);
		final Object c = v == null ? null : convert.apply(v);
		if (c != null) out.put(key, c);
	}

	void map(final String key, final String... path) {
		map(key, v -> v instanceof Map || v instanceof java.util.List ? null : v, path);
	}

	/** A number scaled by {@code factor}, or null. */
	static UnaryOperator<Object> times(final double factor) {
		return v -> v instanceof Number n ? n.doubleValue() * factor : null;
	}

	// -- Helper methods --

	/** General.date and General.time from a group's date and time tags. */
	void general(final String... group) {
		final Map<String, Object> g = DmTree.group(tags, group);
		for (final String d : new String[] { "Acquisition Date", "Date" }) {
			if (g.get(d) instanceof String s && DmDates.date(s) != null) out.put("General.date", DmDates.date(s));
		}
		for (final String t : new String[] { "Acquisition Time", "Start time" }) {
			if (g.get(t) instanceof String s && DmDates.time(s) != null) out.put("General.time", DmDates.time(s));
		}
	}

	private void brightness(final Map<String, Object> b, final String signal) {
		final String units = b.get("Units") instanceof String s ? s : "";
		String quantity = units.equals("e-") ? "Electrons" : "Intensity";
		if (signal.equals("EDS_TEM")) quantity = "X-rays";
		final String shown = units.equals("e-") ? "Counts" : units;
		out.put("Signal.quantity", shown.isEmpty() ? quantity : quantity + " (" + shown + ")");
		if (b.get("Scale") instanceof Number n) out.put("Signal.Noise_properties.Variance_linear_model.gain_factor", n.doubleValue());
		if (b.get("Origin") instanceof Number n) out.put("Signal.Noise_properties.Variance_linear_model.gain_offset", n.doubleValue());
	}
}
