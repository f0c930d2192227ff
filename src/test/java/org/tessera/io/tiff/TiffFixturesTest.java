package org.tessera.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;

/**
 * TIFFs written by tifffile (every dtype x strips/tiles x none/LZW+predictor/Deflate/PackBits,
 * BigTIFF, big-endian, RGB chunky and planar, pages of two shapes, an ImageJ hyperstack, an
 * OME-TIFF) read element by element equal to what the script wrote, with their axes.
 */
class TiffFixturesTest {

	@TempDir
	static Path dir;

	private static JsonNode manifest;

	@BeforeAll
	static void write() throws Exception {
		TiffTestSupport.writeFixtures(dir);
		manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
	}

	@TestFactory
	Stream<DynamicTest> everyFixtureReadsAsWritten() {
		final List<DynamicTest> tests = new ArrayList<>();
		manifest.fields().forEachRemaining(e -> tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue()))));
		return tests.stream();
	}

	private static void check(final String name, final JsonNode spec) throws Exception {
		try (Container c = FormatReaders.open(dir.resolve(name + ".tif"))) {
			assertEquals(spec.get("format").asText(), c.format(), name);
			final List<String> names = new ArrayList<>();
			spec.get("arrays").forEach(a -> names.add(a.get("name").asText()));
			assertEquals(names, c.arrays().stream().map(ArrayInfo::name).toList(), name);
			for (final JsonNode a : spec.get("arrays")) checkArray(name, a, c.array(a.get("name").asText()));
		}
	}

	private static void checkArray(final String file, final JsonNode spec, final ChunkedArray a) throws Exception {
		final String what = file + "/" + a.name();
		final long[] shape = new long[spec.get("shape").size()];
		for (int d = 0; d < shape.length; d++) shape[d] = spec.get("shape").get(d).asLong();
		assertArrayEquals(shape, a.shape(), what + " shape");
		assertEquals(spec.get("dtype").asText(), a.dtype().name(), what + " dtype");
		for (int d = 0; d < shape.length; d++) {
			final Axis axis = a.axes().get(d);
			assertEquals(spec.get("axes").get(d).asText(), axis.name(), what + " axis " + d);
			assertEquals(spec.get("scales").get(d).asDouble(), axis.scale(), 1e-9, what + " scale of " + axis.name());
			assertEquals(spec.get("units").get(d).asText(), axis.unit(), what + " unit of " + axis.name());
		}
		final byte[] expected = Files.readAllBytes(dir.resolve(file + "." + a.name() + ".bin"));
		TiffTestSupport.assertSameElements(what, expected, TiffTestSupport.readAllLittleEndian(a), a.dtype().size());
	}

	@Test
	void omeChannelsAndLayoutAreReported() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("ome.ome.tif"))) {
			final Map<?, ?> ome = (Map<?, ?>) c.array("image0").attributes().get("ome");
			final List<?> channels = (List<?>) ome.get("Channels");
			assertEquals(List.of("DAPI", "GFP"), channels.stream().map(ch -> ((Map<?, ?>) ch).get("Name")).toList());
			assertEquals("two channels", ome.get("Name"));
		}
	}

	@Test
	void platesAndWellsAreListed() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("plate.ome.tif"))) {
			final Map<?, ?> plate = (Map<?, ?>) ((List<?>) ((Map<?, ?>) c.metadata().get("ome")).get("plates")).get(0);
			assertEquals("screen plate", plate.get("Name"));
			final Map<?, ?> well = (Map<?, ?>) ((List<?>) plate.get("Wells")).get(0);
			assertEquals(List.of("1", "2"), List.of(well.get("Row"), well.get("Column")));
			final List<?> samples = (List<?>) well.get("WellSamples");
			assertEquals(List.of("Image:0", "Image:1"), samples.stream().map(s -> ((Map<?, ?>) s).get("ImageRef")).toList());
		}
	}

	@Test
	void stripsAreGroupedAndTilesAreChunks() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("uint16_deflate_strips.tif"))) {
			// NB: 5-row strips of a 37x45 plane are tiny, so one chunk holds the whole plane.
			assertArrayEquals(new int[] { 1, 37, 45 }, c.array("image0").chunkShape());
		}
		try (Container c = FormatReaders.open(dir.resolve("uint16_deflate_tiles.tif"))) {
			assertArrayEquals(new int[] { 1, 16, 16 }, c.array("image0").chunkShape());
			assertEquals("Deflate", ((Map<?, ?>) c.array("image0").attributes().get("tiff")).get("compression"));
		}
	}
}
