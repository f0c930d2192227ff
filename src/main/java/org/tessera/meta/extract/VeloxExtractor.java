package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.InstrumentBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Trees;
import org.tessera.meta.Units.Kind;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * {@code "velox"}: a Thermo Fisher Velox EMD frame's JSON metadata (array attribute {@code velox}) onto
 * the record. Microscope is {@code Instrument.InstrumentClass} as hyperspy reports it (the model, when
 * different, goes to subjects); magnification is {@code CustomProperties.StemMagnification} when
 * recorded, else {@code Optics.NominalMagnification}; the detector, its collection angle and exposure
 * are those of the array's own detector ({@code BinaryResult.Detector}).
 */
public final class VeloxExtractor extends FormatExtractor {

	public VeloxExtractor() {
		super("velox", "emd-velox");
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		if (!(attributes(c, a).get("velox") instanceof Map<?, ?> j)) return;
		final InstrumentBuilder i = r.editInstrument();
		Trees.text(j, "Instrument.InstrumentClass").or(() -> Trees.text(j, "Instrument.InstrumentModel")).ifPresent(v -> i.microscope = v);
		Trees.text(j, "Instrument.InstrumentModel").filter(m -> !m.equals(i.microscope)).ifPresent(m -> DataCiteBuilder.add(r.editDatacite().subjects, m));
		Trees.text(j, "Instrument.Manufacturer").ifPresent(m -> DataCiteBuilder.add(r.editDatacite().subjects, m));
		Values.quantity(j, "Optics.AccelerationVoltage", "V", Kind.VOLTAGE).ifPresent(q -> i.beamEnergy = q);
		Trees.number(j, "CustomProperties.StemMagnification.value").or(() -> Trees.number(j, "Optics.NominalMagnification"))
			.ifPresent(m -> i.magnification = m);
		Values.quantity(j, "Optics.CameraLength", "m", Kind.CAMERA_LENGTH).ifPresent(q -> i.cameraLength = q);
		Values.quantity(j, "Optics.BeamConvergence", "rad", Kind.ANGLE).ifPresent(q -> i.convergenceAngle = q);
		Trees.number(j, "Optics.SpotIndex").ifPresent(s -> i.spotSize = s);
		Values.quantity(j, "Scan.DwellTime", "s", Kind.TIME).ifPresent(q -> i.dwellTime = q);
		stage(j, i);
		detector(j, i, r);
		Trees.number(j, "Acquisition.AcquisitionStartDatetime.DateTime").filter(t -> t > 0)
			.ifPresent(t -> r.acquired(Instant.ofEpochSecond(t.longValue()).toString()));
		Trees.text(j, "Sample.SampleDescription").or(() -> Trees.text(j, "Sample.SampleId")).ifPresent(r::sample);
	}

	// -- Helper methods --

	private static void stage(final Map<?, ?> j, final InstrumentBuilder i) {
		Values.quantity(j, "Stage.Position.x", "m", Kind.LENGTH).ifPresent(q -> i.x = q);
		Values.quantity(j, "Stage.Position.y", "m", Kind.LENGTH).ifPresent(q -> i.y = q);
		Values.quantity(j, "Stage.Position.z", "m", Kind.LENGTH).ifPresent(q -> i.z = q);
		Values.quantity(j, "Stage.AlphaTilt", "rad", Kind.TILT).ifPresent(q -> i.alpha = q);
		Values.quantity(j, "Stage.BetaTilt", "rad", Kind.TILT).ifPresent(q -> i.beta = q);
	}

	/** The array's detector: name, mode (scanning → STEM, imaging → TEM), collection angle, exposure. */
	private static void detector(final Map<?, ?> j, final InstrumentBuilder i, final RecordBuilder r) {
		final String name = Trees.text(j, "BinaryResult.Detector").orElse(null);
		if (name == null) return;
		i.detector(name);
		// NB: a combined detector ("SuperXG2") names the prefix of its segments ("SuperXG21".."SuperXG24").
		final boolean exact = Trees.map(j, "Detectors").values().stream().anyMatch(d -> name.equals(Trees.text(d, "DetectorName").orElse(null)));
		for (final Object d : Trees.map(j, "Detectors").values()) {
			final String n = Trees.text(d, "DetectorName").orElse("");
			if (exact ? !n.equals(name) : !n.startsWith(name)) continue;
			final String type = Trees.text(d, "DetectorType").orElse("");
			if (type.equals("ScanningDetector")) i.mode = "STEM";
			else if (type.equals("ImagingDetector")) i.mode = "TEM";
			// NB: a range of 0..0 means "not recorded", not a zero angle.
			if (Trees.number(d, "CollectionAngleRange.end").orElse(0.0) > 0) {
				Values.quantity(d, "CollectionAngleRange.begin", "rad", Kind.ANGLE).ifPresent(q -> i.collectionAngle = q);
			}
			Values.quantity(d, "ExposureTime", "s", Kind.TIME).ifPresent(q -> i.exposure = q);
			final DataCiteBuilder dc = r.editDatacite();
			final String specific = type.equals("AnalyticalDetector") ? "EDS" : i.mode;
			if (specific != null && !dc.resourceType.contains("/")) dc.resourceType = dc.resourceType + "/" + specific;
			if (!exact) break;
		}
	}
}
