package org.tessera.meta.extract;

import org.tessera.meta.InstrumentBuilder;
import org.tessera.meta.Quantity;
import org.tessera.meta.Trees;
import org.tessera.meta.Units.Kind;

import java.util.Map;
import java.util.function.Consumer;

/**
 * HyperSpy's {@code Acquisition_instrument.TEM} (or {@code .SEM}) onto the instrument, in HyperSpy's units:
 * beam energy in keV (taken as kV), camera length in mm, convergence and collection angles in mrad, stage
 * position in mm and tilts in degrees, times in s. Detectors: the {@code detector} text and the name of
 * every {@code Detector.<name>} group ({@code Detector.EDS} → "EDS").
 */
final class HyperSpyInstrument {

	private HyperSpyInstrument() {}

	static void extract(final Map<String, Object> metadata, final InstrumentBuilder i) {
		final Map<String, Object> t = Trees.map(metadata, "Acquisition_instrument.TEM").isEmpty()
			? Trees.map(metadata, "Acquisition_instrument.SEM") : Trees.map(metadata, "Acquisition_instrument.TEM");
		if (t.isEmpty()) return;
		Trees.text(t, "microscope").ifPresent(v -> i.microscope = v);
		Trees.text(t, "acquisition_mode").ifPresent(v -> i.mode = v);
		Trees.number(t, "magnification").ifPresent(v -> i.magnification = v);
		q(t, "beam_energy", "kV", Kind.VOLTAGE, v -> i.beamEnergy = v);
		q(t, "camera_length", "mm", Kind.CAMERA_LENGTH, v -> i.cameraLength = v);
		q(t, "convergence_angle", "mrad", Kind.ANGLE, v -> i.convergenceAngle = v);
		q(t, "dwell_time", "s", Kind.TIME, v -> i.dwellTime = v);
		q(t, "Camera.exposure", "s", Kind.TIME, v -> i.exposure = v);
		q(t, "Stage.x", "mm", Kind.LENGTH, v -> i.x = v);
		q(t, "Stage.y", "mm", Kind.LENGTH, v -> i.y = v);
		q(t, "Stage.z", "mm", Kind.LENGTH, v -> i.z = v);
		q(t, "Stage.tilt_alpha", "deg", Kind.TILT, v -> i.alpha = v);
		q(t, "Stage.tilt_beta", "deg", Kind.TILT, v -> i.beta = v);
		Trees.text(t, "detector").ifPresent(i::detector);
		for (final Map.Entry<String, Object> d : Trees.map(t, "Detector").entrySet()) {
			i.detector(d.getKey());
			q(d.getValue(), "collection_angle", "mrad", Kind.ANGLE, v -> i.collectionAngle = v);
			if (i.dwellTime == null) q(d.getValue(), "dwell_time", "s", Kind.TIME, v -> i.dwellTime = v);
			if (i.exposure == null) q(d.getValue(), "exposure", "s", Kind.TIME, v -> i.exposure = v);
		}
	}

	private static void q(final Object tree, final String path, final String unit, final Kind kind, final Consumer<Quantity> set) {
		Values.quantity(tree, path, unit, kind).ifPresent(set);
	}
}
