package org.tessera.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.TestData;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The contract every extractor passes, run over every file in the shared real data: the records'
 * values equal truth.json (hyperspy's key metadata, Velox JSON values, OME-XML values) with units,
 * and a field the file does not record stays empty. Records of all files round-trip through JSON.
 */
class MetadataContractTest {

	private static final String TEM = "Acquisition_instrument.TEM.";

	static Stream<String> files() {
		final List<String> out = new ArrayList<>();
		TestData.truth().fieldNames().forEachRemaining(n -> { if (!n.startsWith("_")) out.add(n); });
		return out.stream();
	}

	// -- The contract --

	@ParameterizedTest
	@MethodSource("files")
	void recordsMatchTruthAndInventNothing(final String file) throws IOException {
		final JsonNode truth = TestData.truth(file);
		final List<Record> records = Records.forFile(TestData.real(file), Records.Options.METADATA_ONLY);
		assertFalse(records.isEmpty(), file);
		for (final Record r : records) generic(file, truth, r);
		for (final JsonNode s : truth.path("hyperspy").path("signals")) hyperspy(file, s, matching(records, s));
		velox(truth.path("velox_metadata"), records);
		ome(truth.path("ome_tiff").path("ome_images"), records);
		ngff(truth.path("ome_ngff"), records);
	}

	@ParameterizedTest
	@MethodSource("files")
	void recordsRoundTripThroughJson(final String file) throws IOException {
		final Path p = TestData.real(file);
		final List<Record> records = new ArrayList<>(Records.forFile(p, Records.Options.METADATA_ONLY));
		try (var c = org.tessera.io.FormatReaders.open(p)) {
			records.add(Records.forContainer(c, Records.Options.METADATA_ONLY));
		}
		for (final Record r : records) {
			final String json = RecordJson.write(r);
			assertEquals(r, RecordJson.read(json), file + " " + r.array());
			assertEquals(json, RecordJson.write(RecordJson.read(json)));
		}
	}

	@Test
	void fileHashOfASingleFileEqualsTruth() throws IOException {
		final Path p = TestData.real("dm/test_STEM_image.dm3");
		try (var c = org.tessera.io.FormatReaders.open(p)) {
			final Record r = Records.forContainer(c, Records.Options.DEFAULT);
			assertEquals(TestData.truth("dm/test_STEM_image.dm3").get("file_sha256").asText(), r.checksums().fileSha256());
			assertEquals(r.checksums().fileSha256(), r.id());
		}
	}

	// -- Every record --

	private static void generic(final String file, final JsonNode truth, final Record r) {
		final DataCite d = r.datacite();
		assertTrue(d.formats().contains(r.format()), file);
		assertTrue(d.sizes().contains(String.join(" x ", Arrays.stream(r.shape()).mapToObj(Long::toString).toList())), file);
		if (truth.has("file_sha256")) assertTrue(d.sizes().contains(truth.get("bytes").asLong() + " bytes"), file);
		assertTrue(d.resourceType().startsWith(r.shape().length >= 2 ? "Image" : "Dataset"), d.resourceType());
		assertFalse(d.titles().isEmpty(), file);
		assertEquals(r.acquired(), d.dates().get("Collected"));
		final boolean instrumentKnown = truth.toString().contains("beam_energy") || truth.has("velox_metadata");
		if (!instrumentKnown) assertEquals(Instrument.UNKNOWN, r.instrument(), file + " " + r.array());
		final boolean dateKnown = truth.toString().contains("General.date") || truth.toString().contains("CreationDate")
			|| truth.toString().contains("AcquisitionDate");
		if (!dateKnown) assertNull(r.acquired(), file);
		if (!truth.toString().contains("\"units\":\"") && !truth.has("ome_ngff")) assertNull(r.pixelSize(), file + " " + r.array());
	}

	// -- Hyperspy's key metadata --

	private static void hyperspy(final String file, final JsonNode s, final List<Record> records) {
		assertFalse(records.isEmpty(), file + ": no record for signal " + s.get("title"));
		final JsonNode k = s.get("key_metadata");
		final JsonNode all = s.get("metadata");
		for (final Record r : records) {
			final Instrument i = r.instrument();
			final String what = file + " " + r.array() + " ";
			if (k.has(TEM + "beam_energy")) assertQ(k.get(TEM + "beam_energy").asDouble(), "kV", i.beamEnergy(), what + "beam");
			else assertNull(i.beamEnergy(), what);
			if (k.has(TEM + "microscope")) assertEquals(k.get(TEM + "microscope").asText(), i.microscope(), what);
			else assertNull(i.microscope(), what);
			// NB: hyperspy writes 0.0 when its Velox mapping (StemMagnification) is absent; the nominal one is recorded.
			if (k.has(TEM + "magnification") && k.get(TEM + "magnification").asDouble() != 0) {
				assertEquals(k.get(TEM + "magnification").asDouble(), i.magnification(), 1e-6, what);
			}
			if (k.has(TEM + "camera_length")) assertQ(k.get(TEM + "camera_length").asDouble(), "mm", i.cameraLength(), what + "cl");
			if (k.has(TEM + "acquisition_mode")) assertEquals(k.get(TEM + "acquisition_mode").asText(), i.mode(), what);
			if (k.has(TEM + "convergence_angle")) assertQ(k.get(TEM + "convergence_angle").asDouble(), "mrad", i.convergenceAngle(), what);
			if (k.has(TEM + "Detector.EELS.collection_angle")) {
				assertQ(k.get(TEM + "Detector.EELS.collection_angle").asDouble(), "mrad", i.collectionAngle(), what);
				assertTrue(i.detectors().contains("EELS"), what);
			}
			if (k.has(TEM + "dwell_time")) assertQ(k.get(TEM + "dwell_time").asDouble(), "s", i.dwellTime(), what);
			stage(all, i, what);
			if (k.has("General.date")) {
				assertTrue(r.acquired().startsWith(k.get("General.date").asText() + "T" + k.get("General.time").asText()), what + r.acquired());
				if (k.has("General.time_zone")) assertEquals("UTC", k.get("General.time_zone").asText());
			}
			else if (!r.format().equals("ome-tiff")) assertNull(r.acquired(), what);
			final String type = k.path("Signal.signal_type").asText();
			if (!type.isEmpty()) assertTrue(r.datacite().resourceType().endsWith("/" + type) || r.datacite().resourceType().endsWith("/EDS"), what);
			if (r.format().equals("dm")) assertEquals(k.get("General.title").asText(), r.datacite().titles().get(0), what);
			pixelSize(s.get("axes_in_array_order"), r, what);
		}
	}

	private static void stage(final JsonNode all, final Instrument i, final String what) {
		// NB: hyperspy rounds Velox tilts to 3 decimals (degrees) and hands one stage per signal; 1.5e-3 covers both.
		if (all.has(TEM + "Stage.tilt_alpha")) assertQ(all.get(TEM + "Stage.tilt_alpha").asDouble(), "deg", i.stage().alpha(), 1.5e-3, what);
		if (all.has(TEM + "Stage.tilt_beta")) assertQ(all.get(TEM + "Stage.tilt_beta").asDouble(), "deg", i.stage().beta(), 1.5e-3, what);
		// NB: hyperspy's stage x is mm for DM but rounded µm for Velox; only DM's is comparable.
		if (all.has(TEM + "Stage.x") && what.contains(".dm")) assertQ(all.get(TEM + "Stage.x").asDouble() * 1e6, "nm", i.stage().x(), what);
	}

	/** The pixel size equals the fastest axis in a length unit, converted to nm. */
	private static void pixelSize(final JsonNode axes, final Record r, final String what) {
		for (int d = axes.size() - 1; d >= 0; d--) {
			final String u = axes.get(d).get("units").asText();
			if (Units.Kind.LENGTH.accepts(u)) {
				assertQ(Units.normalise(axes.get(d).get("scale").asDouble(), u, Units.Kind.LENGTH).value(), "nm", r.pixelSize(), what);
				return;
			}
		}
	}

	/** The records a hyperspy signal describes: same shape (any axis order), else same title. */
	private static List<Record> matching(final List<Record> records, final JsonNode s) {
		final long[] shape = sorted(s.get("shape"));
		final List<Record> out = records.stream().filter(r -> Arrays.equals(shape, sortedCopy(r.shape())))
			.filter(r -> !r.format().equals("dm") || r.datacite().titles().contains(s.get("title").asText())).toList();
		return out.isEmpty() ? records.stream().filter(r -> r.datacite().titles().contains(s.get("title").asText())).toList() : out;
	}

	// -- Velox JSON, OME-XML, OME-NGFF --

	private static void velox(final JsonNode velox, final List<Record> records) {
		for (final Iterator<String> it = velox.fieldNames(); it.hasNext();) {
			final String group = it.next();
			final JsonNode sel = velox.get(group).get("selected");
			// NB: a SpectrumStream frame has no array of its own: the reader exposes it as the spectrum image cube.
			final Record r = records.stream().filter(x -> x.array().equals("Data/" + group + "/Data")).findFirst().orElse(null);
			if (r == null && group.startsWith("SpectrumStream/")) continue;
			assertNotNull(r, group);
			final Instrument i = r.instrument();
			assertQ(sel.get("Optics.AccelerationVoltage").asDouble() / 1000, "kV", i.beamEnergy(), group);
			assertEquals(300000.0, i.beamEnergy().originalValue());
			assertEquals("V", i.beamEnergy().originalUnit());
			assertEquals(sel.get("Instrument.InstrumentClass").asText(), i.microscope());
			assertQ(sel.get("Optics.CameraLength").asDouble() * 1000, "mm", i.cameraLength(), group);
			assertQ(sel.get("Optics.BeamConvergence").asDouble() * 1000, "mrad", i.convergenceAngle(), group);
			assertEquals(sel.get("Optics.SpotIndex").asDouble(), i.spotSize());
			assertQ(Math.toDegrees(sel.get("Stage.AlphaTilt").asDouble()), "deg", i.stage().alpha(), group);
			assertTrue(i.detectors().contains(sel.get("BinaryResult.Detector").asText()), group);
			if (sel.has("Scan.DwellTime")) assertQ(sel.get("Scan.DwellTime").asDouble(), "s", i.dwellTime(), group);
			// NB: a spectrum has no spatial axis, so no pixel size although its frame names the scan's.
			if (r.axes().stream().anyMatch(x -> Units.Kind.LENGTH.accepts(x.unit()))) {
				assertQ(sel.get("BinaryResult.PixelSize.width").asDouble() * 1e9, "nm", r.pixelSize(), group);
			}
			else assertNull(r.pixelSize(), group);
			assertEquals(Instant.ofEpochSecond(sel.get("Acquisition.AcquisitionStartDatetime.DateTime").asLong()), Instant.parse(r.acquired()));
		}
	}

	private static void ome(final JsonNode images, final List<Record> records) {
		for (int n = 0; n < images.size(); n++) {
			final JsonNode img = images.get(n);
			final String name = "image" + n;
			final Record r = records.stream().filter(x -> x.array().equals(name)).findFirst().orElseThrow();
			assertEquals(img.get("Name").asText(), r.datacite().titles().get(0));
			assertEquals(Instant.parse(img.get("CreationDate").asText()), Instant.parse(r.acquired()));
			if (!img.path("Pixels").has("PhysicalSizeX")) assertNull(r.pixelSize());
			assertEquals(Instrument.UNKNOWN, r.instrument());
		}
	}

	private static void ngff(final JsonNode ngff, final List<Record> records) {
		if (ngff.isMissingNode()) return;
		final JsonNode ms = ngff.get("/").get("multiscales").get(0);
		final JsonNode level0 = ms.get("datasets").get(0);
		final Record r = records.stream().filter(x -> x.array().equals(level0.get("path").asText())).findFirst().orElseThrow();
		assertEquals(ms.get("name").asText(), r.datacite().titles().get(0));
		final JsonNode scale = level0.get("coordinateTransformations").get(0).get("scale");
		assertQ(scale.get(scale.size() - 1).asDouble(), "nm", r.pixelSize(), "ngff");
		assertEquals("nanometer", r.pixelSize().originalUnit());
		assertEquals(Instrument.UNKNOWN, r.instrument());
	}

	// -- Helper methods --

	private static void assertQ(final double expected, final String unit, final Quantity q, final String what) {
		assertQ(expected, unit, q, Math.abs(expected) * 1e-9 + 1e-12, what);
	}

	private static void assertQ(final double expected, final String unit, final Quantity q, final double tol, final String what) {
		assertNotNull(q, what + ": expected " + expected + " " + unit);
		assertEquals(unit, q.unit(), what);
		assertEquals(expected, q.value(), tol, what);
	}

	private static long[] sorted(final JsonNode shape) {
		final long[] s = new long[shape.size()];
		for (int i = 0; i < s.length; i++) s[i] = shape.get(i).asLong();
		Arrays.sort(s);
		return s;
	}

	private static long[] sortedCopy(final long[] shape) {
		final long[] s = shape.clone();
		Arrays.sort(s);
		return s;
	}
}
