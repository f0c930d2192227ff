package org.tessera.io.dm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;

/**
 * The axes of a DM image from its {@code ImageData/Calibrations/Dimension} list (fastest axis first,
 * reversed here to C order): unit, scale, and offset {@code = -Origin * Scale}; names follow
 * hyperspy's rules — the energy axis of an EELS signal is {@code "Energy loss"} (eV), of an EDS/EDX one
 * {@code "Energy"} (keV), of a CL one {@code "Wavelength"} (nm); the remaining axes are x, y, z from the
 * fastest.
 */
final class DmAxes {

	private static final String[] SPATIAL = { "x", "y", "z" };

	private DmAxes() {}

	/** One axis per image dimension, C order. */
	static List<Axis> of(final Map<String, Object> image, final int rank, final String signalType) {
		final List<Map<String, Object>> cal = DmTree.groups(DmTree.get(image, "ImageData", "Calibrations", "Dimension"));
		final String[] units = new String[rank];
		for (int c = 0; c < rank; c++) units[c] = unit(cal, rank - 1 - c);
		final String[] names = names(units, signalType);
		final List<Axis> axes = new ArrayList<>(rank);
		for (int c = 0; c < rank; c++) {
			final int dm = rank - 1 - c;
			final double scale = dm < cal.size() ? value(cal.get(dm), "Scale", 1) : 1;
			final double origin = dm < cal.size() ? value(cal.get(dm), "Origin", 0) : 0;
			axes.add(new Axis(names[c], "", units[c], scale, -origin * scale));
		}
		return axes;
	}

	/** hyperspy's axis names for C-order units. */
	static String[] names(final String[] units, final String signalType) {
		final String[] names = new String[units.length];
		final int energy = switch (signalType) {
			case "EELS" -> mark(names, units, "eV", "Energy loss");
			case "EDS", "EDX" -> mark(names, units, "keV", "Energy");
			case "CL" -> mark(names, units, "nm", "Wavelength");
			default -> -1;
		};
		int next = 0;
		for (int c = units.length - 1; c >= 0; c--) {
			if (c == energy) continue;
			names[c] = next < SPATIAL.length ? SPATIAL[next] : "dim" + c;
			next++;
		}
		return names;
	}

	// -- Helper methods --

	private static int mark(final String[] names, final String[] units, final String unit, final String name) {
		for (int c = 0; c < units.length; c++) {
			if (unit.equals(units[c])) {
				names[c] = name;
				return c;
			}
		}
		return -1;
	}

	private static String unit(final List<Map<String, Object>> cal, final int dm) {
		return dm < cal.size() && cal.get(dm).get("Units") instanceof String s ? s : "";
	}

	private static double value(final Map<String, Object> dim, final String key, final double otherwise) {
		return dim.get(key) instanceof Number n ? n.doubleValue() : otherwise;
	}
}
