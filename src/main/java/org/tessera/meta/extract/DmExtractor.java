package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.InstrumentBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Trees;
import org.tessera.meta.Units.Kind;

import java.io.IOException;
import java.util.Map;

/**
 * {@code "dm"}: Gatan Digital Micrograph images, from the DM reader's {@code key_metadata} (hyperspy's
 * flattened names and units: kV, mm, mrad, s, stage in mm and degrees). The acquisition date-time
 * has no zone (DM records local time). The signal type (EELS, EDS_TEM) is the specific resource type.
 */
public final class DmExtractor extends FormatExtractor {

	private static final String TEM = "Acquisition_instrument.TEM.";

	public DmExtractor() {
		super("dm", "dm");
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		if (!(attributes(c, a).get("key_metadata") instanceof Map<?, ?> k)) return;
		final InstrumentBuilder i = r.editInstrument();
		text(k, TEM + "microscope").ifPresent(v -> i.microscope = v);
		text(k, TEM + "acquisition_mode").ifPresent(v -> i.mode = v);
		q(k, TEM + "beam_energy", "kV", Kind.VOLTAGE).ifPresent(v -> i.beamEnergy = v);
		number(k, TEM + "magnification").ifPresent(v -> i.magnification = v);
		q(k, TEM + "camera_length", "mm", Kind.CAMERA_LENGTH).ifPresent(v -> i.cameraLength = v);
		q(k, TEM + "convergence_angle", "mrad", Kind.ANGLE).ifPresent(v -> i.convergenceAngle = v);
		q(k, TEM + "Detector.EELS.collection_angle", "mrad", Kind.ANGLE).ifPresent(v -> i.collectionAngle = v);
		q(k, TEM + "dwell_time", "s", Kind.TIME).or(() -> q(k, TEM + "Detector.EELS.dwell_time", "s", Kind.TIME))
			.ifPresent(v -> i.dwellTime = v);
		q(k, TEM + "Camera.exposure", "s", Kind.TIME).ifPresent(v -> i.exposure = v);
		q(k, TEM + "Stage.x", "mm", Kind.LENGTH).ifPresent(v -> i.x = v);
		q(k, TEM + "Stage.y", "mm", Kind.LENGTH).ifPresent(v -> i.y = v);
		q(k, TEM + "Stage.z", "mm", Kind.LENGTH).ifPresent(v -> i.z = v);
		q(k, TEM + "Stage.tilt_alpha", "deg", Kind.TILT).ifPresent(v -> i.alpha = v);
		q(k, TEM + "Stage.tilt_beta", "deg", Kind.TILT).ifPresent(v -> i.beta = v);
		for (final Object key : k.keySet()) {
			final String s = key.toString();
			if (s.startsWith(TEM + "Detector.")) i.detector(s.substring((TEM + "Detector.").length()).split("\\.")[0]);
		}
		general(k, r, i);
	}

	// -- Helper methods --

	private static void general(final Map<?, ?> k, final RecordBuilder r, final InstrumentBuilder i) {
		final DataCiteBuilder d = r.editDatacite();
		text(k, "General.title").ifPresent(d::title);
		final String date = text(k, "General.date").orElse(null);
		if (date != null) r.acquired(date + text(k, "General.time").map(t -> "T" + t).orElse(""));
		final String specific = text(k, "Signal.signal_type").orElse(i.mode);
		if (specific != null) d.resourceType = d.resourceType + "/" + specific;
	}

	// NB: key_metadata keys contain dots, so they are looked up whole, not as tree paths.
	private static java.util.Optional<String> text(final Map<?, ?> k, final String key) {
		return java.util.Optional.ofNullable(k.get(key)).map(Object::toString).map(String::trim).filter(s -> !s.isEmpty());
	}

	private static java.util.Optional<Double> number(final Map<?, ?> k, final String key) {
		return java.util.Optional.ofNullable(k.get(key)).flatMap(Trees::asNumber);
	}

	private static java.util.Optional<org.tessera.meta.Quantity> q(final Map<?, ?> k, final String key, final String unit, final Kind kind) {
		return number(k, key).map(v -> org.tessera.meta.Units.normalise(v, unit, kind));
	}
}
