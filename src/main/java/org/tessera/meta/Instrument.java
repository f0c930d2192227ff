package org.tessera.meta;

import java.util.List;

/**
 * What the instrument recorded about an acquisition, each field null (or empty) when unknown —
 * never guessed.
 *
 * @param microscope the instrument model, e.g. "Titan"
 * @param mode acquisition mode, e.g. "STEM", "TEM", "SEM"
 * @param beamEnergy high tension / beam energy, kV
 * @param magnification nominal magnification
 * @param cameraLength camera length, mm
 * @param convergenceAngle convergence semi-angle, mrad
 * @param collectionAngle collection angle (inner for annular detectors), mrad
 * @param detectors detector names, e.g. "HAADF", "BF", "EDS"
 * @param spotSize spot size index
 * @param stage stage position and tilts, or null
 * @param dwellTime pixel dwell time, s
 * @param exposure exposure time, s
 */
public record Instrument(String microscope, String mode, Quantity beamEnergy, Double magnification,
	Quantity cameraLength, Quantity convergenceAngle, Quantity collectionAngle, List<String> detectors,
	Double spotSize, Stage stage, Quantity dwellTime, Quantity exposure)
{

	/** Nothing known. */
	public static final Instrument UNKNOWN = new Instrument(null, null, null, null, null, null, null, List.of(),
		null, null, null, null);

	public Instrument {
		detectors = detectors == null ? List.of() : List.copyOf(detectors);
	}

	/** Stage position (nm for x, y, z) and tilts (degrees), each null when unknown. */
	public record Stage(Quantity x, Quantity y, Quantity z, Quantity alpha, Quantity beta) {}
}
