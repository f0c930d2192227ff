package org.tessera.io.hdf5.velox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tessera.io.Axis;

/**
 * Calibrations and key values from a Velox frame's metadata JSON, as hyperspy presents them: pixel
 * sizes in the most compact SI length unit (3.6e-9 m becomes 3.6 nm), the frame axis in seconds
 * (the detector's exposure time or the scan frame time), energies in keV.
 */
final class VeloxAxes {

	private static final String[] PREFIXES = { "m", "mm", "µm", "nm", "pm", "fm" };

	private VeloxAxes() {}

	/** Axes of an image (y, x) or stack (frame, y, x); uncalibrated when there is no metadata. */
	static List<Axis> image(final Optional<Map<String, Object>> json, final int frames) {
		final List<Axis> out = new ArrayList<>();
		if (frames > 1) out.add(new Axis("Time", "time", "s", json.flatMap(VeloxAxes::frameTime).orElse(1.0), 0));
		out.add(length(json, "y", "height", "PixelUnitY"));
		out.add(length(json, "x", "width", "PixelUnitX"));
		return out;
	}

	/** The energy axis of a spectrum: the detector's dispersion and offset (eV in the file) in keV. */
	static Axis energy(final Optional<Map<String, Object>> json, final String name) {
		if (json.isEmpty()) return Axis.named(name);
		final String det = "Detectors.Detector-" + VeloxMetadata.get(json.get(), "BinaryResult.DetectorIndex").orElse(firstDispersive(json.get()));
		final double dispersion = VeloxMetadata.number(json.get(), det + ".Dispersion").orElse(1000.0);
		final double offset = VeloxMetadata.number(json.get(), det + ".OffsetEnergy").orElse(0.0);
		return new Axis(name, "", "keV", dispersion / 1000, offset / 1000);
	}

	/** Acquisition time, high tension, magnification, detector and instrument model, where present. */
	static Map<String, Object> keyValues(final Map<String, Object> json) {
		final Map<String, Object> m = new LinkedHashMap<>();
		VeloxMetadata.get(json, "BinaryResult.Detector").ifPresent(v -> m.put("detector", v));
		VeloxMetadata.number(json, "Acquisition.AcquisitionStartDatetime.DateTime")
			.ifPresent(v -> m.put("acquisitionTime", Instant.ofEpochSecond(v.longValue()).toString()));
		VeloxMetadata.number(json, "Optics.AccelerationVoltage").ifPresent(v -> m.put("highTension_V", v));
		VeloxMetadata.number(json, "Optics.NominalMagnification").ifPresent(v -> m.put("magnification", v));
		VeloxMetadata.get(json, "Instrument.InstrumentModel").ifPresent(v -> m.put("instrumentModel", v));
		VeloxMetadata.get(json, "Instrument.Manufacturer").ifPresent(v -> m.put("manufacturer", v));
		m.put("detectorNames", detectorNames(json));
		return m;
	}

	// -- Helper methods --

	private static Axis length(final Optional<Map<String, Object>> json, final String name, final String key, final String unitKey) {
		if (json.isEmpty()) return new Axis(name, "space", "", 1, 0);
		final Map<String, Object> j = json.get();
		final double size = VeloxMetadata.number(j, "BinaryResult.PixelSize." + key).orElse(1.0);
		final double offset = VeloxMetadata.number(j, "BinaryResult.Offset." + name).orElse(0.0);
		final String unit = VeloxMetadata.get(j, "BinaryResult." + unitKey).orElse("");
		if (!unit.equals("m")) return new Axis(name, "space", unit, size, offset);
		int p = 0;
		double f = 1;
		while (p < PREFIXES.length - 1 && Math.abs(size) / f < 1) {
			p++;
			f /= 1000;
		}
		return new Axis(name, "space", PREFIXES[p], size / f, offset / f);
	}

	private static Optional<Double> frameTime(final Map<String, Object> json) {
		final Optional<String> index = VeloxMetadata.get(json, "BinaryResult.DetectorIndex");
		final Optional<Double> exposure = index.flatMap(i -> VeloxMetadata.number(json, "Detectors.Detector-" + i + ".ExposureTime"));
		return exposure.isPresent() ? exposure : VeloxMetadata.number(json, "Scan.FrameTime");
	}

	private static String firstDispersive(final Map<String, Object> json) {
		for (int i = 0; i < 64; i++) {
			if (VeloxMetadata.get(json, "Detectors.Detector-" + i + ".Dispersion").isPresent()) return Integer.toString(i);
		}
		return "0";
	}

	private static List<String> detectorNames(final Map<String, Object> json) {
		final List<String> names = new ArrayList<>();
		for (int i = 0; i < 64; i++) VeloxMetadata.get(json, "Detectors.Detector-" + i + ".DetectorName").ifPresent(names::add);
		return names;
	}
}
