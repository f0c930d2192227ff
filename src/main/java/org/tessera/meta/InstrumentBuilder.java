package org.tessera.meta;

import java.util.ArrayList;
import java.util.List;

/** A mutable {@link Instrument} for extractors: start from what the record has, set what is known, build. */
public final class InstrumentBuilder {

	public String microscope, mode;
	public Quantity beamEnergy, cameraLength, convergenceAngle, collectionAngle, dwellTime, exposure;
	public Double magnification, spotSize;
	public Quantity x, y, z, alpha, beta;
	public final List<String> detectors = new ArrayList<>();

	/** A builder holding the fields of {@code i}. */
	public static InstrumentBuilder from(final Instrument i) {
		final InstrumentBuilder b = new InstrumentBuilder();
		b.microscope = i.microscope();
		b.mode = i.mode();
		b.beamEnergy = i.beamEnergy();
		b.magnification = i.magnification();
		b.cameraLength = i.cameraLength();
		b.convergenceAngle = i.convergenceAngle();
		b.collectionAngle = i.collectionAngle();
		b.detectors.addAll(i.detectors());
		b.spotSize = i.spotSize();
		b.dwellTime = i.dwellTime();
		b.exposure = i.exposure();
		if (i.stage() != null) {
			b.x = i.stage().x();
			b.y = i.stage().y();
			b.z = i.stage().z();
			b.alpha = i.stage().alpha();
			b.beta = i.stage().beta();
		}
		return b;
	}

	/** Adds a detector name once. */
	public InstrumentBuilder detector(final String name) {
		if (name != null && !name.isBlank() && !detectors.contains(name.trim())) detectors.add(name.trim());
		return this;
	}

	/** The immutable instrument; the stage only when one of its values is known. */
	public Instrument build() {
		final boolean anyStage = x != null || y != null || z != null || alpha != null || beta != null;
		return new Instrument(microscope, mode, beamEnergy, magnification, cameraLength, convergenceAngle, collectionAngle,
			detectors, spotSize, anyStage ? new Instrument.Stage(x, y, z, alpha, beta) : null, dwellTime, exposure);
	}
}
