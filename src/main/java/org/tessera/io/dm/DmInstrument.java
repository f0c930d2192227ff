package org.tessera.io.dm;

import java.util.Map;

/**
 * hyperspy's microscope mapping of DM's {@code Microscope Info}, {@code Session Info} and
 * {@code DigiScan} tags: beam energy (kV), stage, acquisition mode, beam current, magnification or
 * camera length, microscope name.
 */
final class DmInstrument {

	private DmInstrument() {}

	static void map(final DmKeyMetadata k, final Map<String, Object> imageTags) {
		final Object mode = DmTree.get(imageTags, "Microscope Info", "Illumination Mode");
		final String p = "Acquisition_instrument." + ("SEM".equals(mode(mode)) ? "SEM" : "TEM") + ".";
		k.map(p + "beam_energy", DmKeyMetadata.times(1e-3), "Microscope Info", "Voltage");
		k.map(p + "Stage.tilt_alpha", "Microscope Info", "Stage Position", "Stage Alpha");
		k.map(p + "Stage.tilt_beta", "Microscope Info", "Stage Position", "Stage Beta");
		for (final String axis : new String[] { "x", "y", "z" }) {
			k.map(p + "Stage." + axis, DmKeyMetadata.times(1e-3), "Microscope Info", "Stage Position", "Stage " + axis.toUpperCase());
		}
		k.map(p + "acquisition_mode", DmInstrument::mode, "Microscope Info", "Illumination Mode");
		k.map(p + "beam_current", "Microscope Info", "Probe Current (nA)");
		k.map("General.authors", DmInstrument::nonEmpty, "Session Info", "Operator");
		k.map("Sample.description", DmInstrument::nonEmpty, "Session Info", "Specimen");
		if (k.tags().containsKey("Microscope Info")) optics(k, p, mode);
	}

	/** Magnification or camera length, and the microscope's name. */
	private static void optics(final DmKeyMetadata k, final String p, final Object mode) {
		if ("TEM".equals(mode)) {
			final boolean diffraction = "DIFFRACTION".equals(DmTree.get(k.tags(), "Microscope Info", "Imaging Mode"));
			k.map(p + (diffraction ? "camera_length" : "magnification"), "Microscope Info", "Indicated Magnification");
		}
		else {
			k.map(p + "camera_length", "Microscope Info", "STEM Camera Length");
			k.map(p + "magnification", "Microscope Info", "Indicated Magnification");
		}
		for (final String[] at : new String[][] { { "Session Info", "Microscope" }, { "Microscope Info", "Name" },
			{ "Microscope Info", "Microscope" } })
		{
			if (DmTree.get(k.tags(), at) instanceof String s && !s.isEmpty() && !s.equals("[]")) {
				k.map(p + "microscope", at);
				return;
			}
		}
	}

	/** hyperspy's acquisition mode: STEM, SEM or TEM. */
	static Object mode(final Object illumination) {
		if (!(illumination instanceof String s)) return null;
		return s.contains("STEM") ? "STEM" : s.contains("SEM") ? "SEM" : "TEM";
	}

	private static Object nonEmpty(final Object v) {
		return v instanceof String s && !s.isEmpty() ? s : null;
	}
}
