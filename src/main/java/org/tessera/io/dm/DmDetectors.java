package org.tessera.io.dm;

import java.util.Map;

/**
 * hyperspy's detector mapping of DM tags: EELS (angles, exposure or dwell time, frames, aperture,
 * spectrometer), EDS (angles, live and real time), DigiScan dwell time, camera exposure.
 * NB: hyperspy's CL mapping (gratings, slits, wavelengths) is not reproduced; CL signals keep their
 * date and time only.
 */
final class DmDetectors {

	private static final String EELS = "Acquisition_instrument.TEM.Detector.EELS.";
	private static final String EDS = "Acquisition_instrument.TEM.Detector.EDS.";

	private DmDetectors() {}

	static void map(final DmKeyMetadata k, final String signal) {
		final boolean scanning = k.tags().containsKey("DigiScan");
		switch (signal) {
			case "EELS" -> eels(k, scanning);
			case "EDS_TEM" -> eds(k);
			case "CL" -> k.general("CL", "Acquisition");
			default -> {
				if (scanning) k.map("Acquisition_instrument.TEM.dwell_time", DmKeyMetadata.times(1e-6), "DigiScan", "Sample Time");
				else k.map("Acquisition_instrument.TEM.Camera.exposure", "Acquisition", "Parameters", "Detector", "exposure_s");
			}
		}
	}

	private static void eels(final DmKeyMetadata k, final boolean scanning) {
		k.general("EELS", "Acquisition");
		k.map(EELS + "collection_angle", "EELS", "Experimental Conditions", "Collection semi-angle (mrad)");
		k.map("Acquisition_instrument.TEM.convergence_angle", "EELS", "Experimental Conditions", "Convergence semi-angle (mrad)");
		k.map(EELS + (scanning ? "dwell_time" : "exposure"), DmDetectors::exposure, "EELS", "Acquisition");
		k.map(EELS + "frame_number", "EELS", "Acquisition", "Number of frames");
		k.map(EELS + "aperture_size", DmDetectors::aperture, "EELS Spectrometer", "Aperture label");
		k.map(EELS + "spectrometer", "EELS Spectrometer", "Instrument name");
	}

	private static void eds(final DmKeyMetadata k) {
		k.general("EDS", "Acquisition");
		k.map(EDS + "azimuth_angle", "EDS", "Detector Info", "Azimuthal angle");
		k.map(EDS + "elevation_angle", "EDS", "Detector Info", "Elevation angle");
		k.map(EDS + "solid_angle", "EDS", "Solid angle");
		k.map(EDS + "live_time", "EDS", "Live time");
		k.map(EDS + "real_time", "EDS", "Real time");
	}

	/** The integration time, else the exposure times the number of frames. */
	private static Object exposure(final Object acquisition) {
		if (!(acquisition instanceof Map<?, ?> a)) return null;
		if (DmTree.get(a, "Integration time (s)") instanceof Number n) return n.doubleValue();
		if (!(DmTree.get(a, "Exposure (s)") instanceof Number e)) return null;
		final double frames = DmTree.get(a, "Number of frames") instanceof Number f ? f.doubleValue() : 1;
		return e.doubleValue() * frames;
	}

	/** {@code "5 mm"} to 5.0. */
	private static Object aperture(final Object label) {
		if (!(label instanceof String s)) return null;
		try {
			return Double.parseDouble(s.replace("mm", "").trim());
		}
		catch (final NumberFormatException e) {
			// NB: a label that is not a size (e.g. "Entrance") maps to nothing, as in hyperspy.
			return null;
		}
	}
}
