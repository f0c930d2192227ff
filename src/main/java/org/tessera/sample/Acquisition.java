package org.tessera.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acquisition parameters of microscopy dataset {@code i} of the {@link SampleCollection}: pure
 * functions of {@code i}, so that tests count expected catalogue hits from them. Imaging datasets are
 * 64 × 64 images; EDS and EELS datasets are 16 × 16 × 128 spectrum images recorded with a HAADF survey.
 *
 * @param detector the imaging detector (HAADF, ADF, BF)
 * @param spectrometer EDS, EELS or null
 */
public record Acquisition(int index, String microscope, double beamKv, String mode, String detector, String spectrometer,
	String sample, List<String> elements, String author, LocalDate date, LocalTime time, String zone, double magnification,
	double cameraLengthMm, double convergenceMrad)
{

	/** The number of microscopy datasets. */
	public static final int COUNT = 24;

	public static final List<String> MICROSCOPES = List.of("Titan", "JEM-ARM200F", "Spectra 300", "Nion UltraSTEM");
	public static final List<String> SAMPLES = List.of("gold nanoparticles", "SrTiO3", "MoS2", "Si lamella", "Pt nanoparticles on carbon");
	private static final List<List<String>> ELEMENTS = List.of(List.of("Au"), List.of("Sr", "Ti", "O"), List.of("Mo", "S"),
		List.of("Si"), List.of("Pt", "C"));
	private static final double[] KV = { 60, 80, 120, 200, 300 }, MAG = { 2.5e5, 5e5, 1e6, 2e6, 4e6 };
	private static final List<String> DETECTORS = List.of("HAADF", "ADF", "BF", "EDS", "EELS");
	private static final List<String> AUTHORS = List.of("J. Doe", "A. Rossi", "K. Tanaka", "L. Müller", "P. Novak");
	private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo");

	/** Dataset {@code i}. NB: acquisition hours are 8–17 local, so the UTC year is the local year. */
	public static Acquisition of(final int i) {
		final String d = DETECTORS.get((3 * i + 1) % 5);
		final boolean spectrum = d.equals("EDS") || d.equals("EELS");
		final String imaging = spectrum ? "HAADF" : d;
		final int s = (2 * i + i / 5) % 5;
		return new Acquisition(i, MICROSCOPES.get(i % 4), KV[(i + 2 * (i / 4)) % 5], imaging.equals("BF") && i % 2 == 0 ? "TEM" : "STEM",
			imaging, spectrum ? d : null, SAMPLES.get(s), ELEMENTS.get(s), AUTHORS.get(i % 5),
			LocalDate.of(2019 + i % 6, 1 + 5 * i % 12, 1 + 7 * i % 28), LocalTime.of(8 + i % 10, 13 * i % 60, 29 * i % 60),
			ZONES.get(i / 3 % 4), MAG[2 * i % 5], 60 + 15 * (i % 8), 17.8 + 3.2 * (i / 3 % 4));
	}

	/** Every dataset. */
	public static List<Acquisition> all() {
		final List<Acquisition> out = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) out.add(of(i));
		return out;
	}

	/** The detectors a catalogue lists for it: the imaging detector, then the spectrometer. */
	public List<String> detectors() {
		return spectrometer == null ? List.of(detector) : List.of(detector, spectrometer);
	}

	public String title() {
		return sample + " " + (spectrometer == null ? detector : spectrometer) + " area " + (index + 1);
	}

	/** The directory name, e.g. {@code 07-srtio3-haadf.zspy}. */
	public String fileName() {
		return String.format(Locale.ROOT, "%02d-%s-%s.zspy", index, sample.split("[ /]")[0], detectors().get(detectors().size() - 1))
			.toLowerCase(Locale.ROOT);
	}

	/** The pixel size in nm (finer at higher magnification). */
	public double pixelNm() {
		return 2.0e4 / magnification;
	}
}
