package org.tessera.sample;

import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** HyperSpy's {@code Acquisition_instrument.TEM} subtree of a sample {@link Acquisition}, in HyperSpy's units. */
final class SampleHyperSpyInstrument {

	private SampleHyperSpyInstrument() {}

	/** Writes the group {@code tem} and its {@code Stage}, {@code Camera} and {@code Detector.<name>} subgroups. */
	static void write(final ZarrWriter w, final String tem, final Acquisition q) throws IOException {
		final Map<String, Object> t = new LinkedHashMap<>();
		t.put("microscope", q.microscope());
		t.put("beam_energy", q.beamKv());
		t.put("acquisition_mode", q.mode());
		t.put("detector", q.detector());
		t.put("magnification", q.magnification());
		if (q.mode().equals("STEM")) {
			t.put("camera_length", q.cameraLengthMm());
			t.put("convergence_angle", q.convergenceMrad());
			t.put("dwell_time", 2e-6 * (1 + q.index() % 4));
		}
		else w.createGroup(tem + "/Camera", Map.of("exposure", 0.5));
		w.createGroup(tem, t);
		w.createGroup(tem + "/Stage", Map.of("x", 0.01 * q.index(), "y", -0.02 * q.index(), "tilt_alpha", q.index() % 7 - 3.0));
		if (q.spectrometer() == null) return;
		w.createGroup(tem + "/Detector", Map.of());
		w.createGroup(tem + "/Detector/" + q.spectrometer(), q.spectrometer().equals("EDS")
			? Map.of("energy_resolution_MnKa", 130.0, "azimuth_angle", 45.0) : Map.of("collection_angle", 40.0, "aperture_size", 5.0));
	}
}
