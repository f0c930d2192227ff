package org.tessera.meta.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.Axis;
import org.tessera.io.DType;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;
import org.tessera.meta.Instrument;
import org.tessera.meta.Record;
import org.tessera.meta.Records;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code hyperspy} extractor on a hand-written {@code .zspy} layout (Tessera's Zarr writer) and on
 * {@code .zspy} and {@code .hspy} files written by HyperSpy itself ({@code write_hyperspy.py}; skipped
 * when {@code /usr/bin/python3} has no hyperspy).
 */
class HyperSpyExtractorTest {

	private static final String SIGNAL = "Experiments/SrTiO3 HAADF/", PYTHON = "/usr/bin/python3";

	/** The metadata groups of the test signal, as write_hyperspy.py sets them (path below metadata/ → attributes). */
	private static final Map<String, Map<String, Object>> METADATA = Map.of(
		"General", Map.of("title", "SrTiO3 HAADF", "date", "2021-05-04", "time", "13:45:10", "time_zone", "Europe/Berlin",
			"authors", "A. Author"),
		"Sample", Map.of("description", "SrTiO3"),
		"Signal", Map.of("quantity", "Intensity (counts)", "signal_type", ""),
		"Acquisition_instrument/TEM", Map.of("beam_energy", 300.0, "microscope", "Titan", "magnification", 2e6, "camera_length",
			91.0, "convergence_angle", 21.4, "acquisition_mode", "STEM", "detector", "HAADF", "dwell_time", 2e-6),
		"Acquisition_instrument/TEM/Stage", Map.of("x", 0.12, "tilt_alpha", 1.5),
		"Acquisition_instrument/TEM/Detector/EDS", Map.of("energy_resolution_MnKa", 130.0));

	@Test
	void handWrittenZspyLayout(@TempDir final Path dir) throws IOException {
		final Path p = dir.resolve("signal.zspy");
		final ZarrWriter w = new ZarrWriter(p, 2);
		w.createGroup("", Map.of("file_format", "ZSpy", "file_format_version", "3.1"));
		for (final Map.Entry<String, Map<String, Object>> g : METADATA.entrySet()) w.createGroup(SIGNAL + "metadata/" + g.getKey(), g.getValue());
		w.createGroup(SIGNAL + "axis-0", axis("y", 48, 0.0));
		w.createGroup(SIGNAL + "axis-1", axis("x", 64, 1.0));
		w.createArray(SIGNAL + "data", new ZarrArraySpec(new long[] { 48, 64 }, new int[] { 48, 64 }, DType.UINT16))
			.writeChunk(new long[] { 0, 0 }, new short[48 * 64]);
		final Record r = only(p);
		assertSignal(r);
		assertEquals(List.of("Intensity (counts)"), r.datacite().subjects(), "no elements written");
	}

	@Test
	void filesWrittenByHyperSpy(@TempDir final Path dir) throws IOException, InterruptedException, URISyntaxException {
		assumeTrue(run(dir, PYTHON, "-c", "import hyperspy.api") == 0, "hyperspy is not installed for " + PYTHON);
		final Path script = Path.of(getClass().getResource("write_hyperspy.py").toURI());
		assertEquals(0, run(dir, PYTHON, script.toString()), "write_hyperspy.py failed");
		for (final String f : List.of("signal.zspy", "signal.hspy")) {
			final Record r = only(dir.resolve(f));
			assertSignal(r);
			// NB: .hspy's list is a gzip+shuffle string dataset that jHDF cannot decode: its elements stay unknown.
			final List<String> elements = f.endsWith(".zspy") ? List.of("Sr", "Ti", "O") : List.of();
			assertEquals(java.util.stream.Stream.concat(elements.stream(), java.util.stream.Stream.of("Intensity (counts)")).toList(),
				r.datacite().subjects(), f);
		}
	}

	@Test
	void acquiredIsIsoWithTheZoneOffsetWhenKnown() {
		assertEquals("2021-05-04T13:45:10+02:00", HyperSpyExtractor.acquired("2021-05-04", "13:45:10", "Europe/Berlin"));
		assertEquals("2021-01-04T13:45:10.250Z", HyperSpyExtractor.acquired("2021-01-04", "13:45:10.25", "UTC"));
		assertEquals("2021-05-04T13:45:10", HyperSpyExtractor.acquired("2021-05-04", "13:45:10", null));
		assertEquals("2021-05-04T13:45:10", HyperSpyExtractor.acquired("2021-05-04", "13:45:10", "Mars/Olympus"), "unknown zone");
		assertEquals("2021-05-04", HyperSpyExtractor.acquired("2021-05-04", null, "UTC"));
	}

	// -- Helper methods --

	private static void assertSignal(final Record r) {
		assertEquals("SrTiO3 HAADF", r.datacite().titles().get(0));
		assertEquals(List.of("A. Author"), r.datacite().creators());
		assertEquals("2021-05-04T13:45:10+02:00", r.acquired());
		assertEquals("SrTiO3", r.sample());
		assertEquals("Image/STEM", r.datacite().resourceType());
		final Instrument i = r.instrument();
		assertEquals("Titan", i.microscope());
		assertEquals("STEM", i.mode());
		assertEquals(300.0, i.beamEnergy().value());
		assertEquals("kV", i.beamEnergy().unit());
		assertEquals(2e6, i.magnification());
		assertEquals(91.0, i.cameraLength().value());
		assertEquals(21.4, i.convergenceAngle().value());
		assertEquals(List.of("HAADF", "EDS"), i.detectors());
		assertEquals(2e-6, i.dwellTime().value());
		assertEquals(120000.0, i.stage().x().value(), "0.12 mm in nm");
		assertEquals(1.5, i.stage().alpha().value());
		assertNull(i.stage().y());
		assertEquals(List.of(new Axis("y", "", "nm", 0.05, 0.0), new Axis("x", "", "nm", 0.05, 1.0)), r.axes());
		assertEquals(0.05, r.pixelSize().value());
	}

	private static Record only(final Path p) throws IOException {
		final List<Record> rs = Records.forFile(p, Records.Options.METADATA_ONLY);
		assertEquals(1, rs.size(), p + ": one numeric array (lists are object arrays)");
		assertEquals(SIGNAL + "data", rs.get(0).array().replaceFirst("^/", ""));
		return rs.get(0);
	}

	private static Map<String, Object> axis(final String name, final int size, final double offset) {
		final Map<String, Object> a = new LinkedHashMap<>();
		a.put("_type", "UniformDataAxis");
		a.put("name", name);
		a.put("units", "nm");
		a.put("scale", 0.05);
		a.put("offset", offset);
		a.put("size", size);
		a.put("navigate", false);
		return a;
	}

	private static int run(final Path dir, final String... cmd) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(Path.of(cmd[0])), "no " + cmd[0]);
		final Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
		final String out = new String(p.getInputStream().readAllBytes());
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + out);
		if (p.exitValue() != 0) System.err.println(out);
		return p.exitValue();
	}
}
