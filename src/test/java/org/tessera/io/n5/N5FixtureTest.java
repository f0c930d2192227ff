package org.tessera.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.Multiscale;
import org.tessera.io.TesseraIOException;

/**
 * Reads the fixtures written by the independent Python writer {@code make_fixtures.py}: every
 * dtype and compression, legacy {@code compressionType}, 1-D to 4-D, clipped edge blocks, a
 * missing block, varlength blocks, multiscale groups and the BigDataViewer layout.
 */
class N5FixtureTest {

	@ParameterizedTest
	@ValueSource(strings = { "fixtures.n5", "legacy.n5", "bdv.n5" })
	void everyDatasetMatchesTheIndependentWriter(final String root) throws Exception {
		final JsonNode expected = N5TestSupport.expected().get(root);
		try (Container c = FormatReaders.open(N5TestSupport.fixture(root))) {
			assertEquals("n5", c.format());
			final List<String> names = new ArrayList<>();
			expected.fieldNames().forEachRemaining(names::add);
			if (root.equals("fixtures.n5")) names.add("objects");
			assertEquals(names.stream().sorted().toList(), c.arrays().stream().map(ArrayInfo::name).sorted().toList());
			for (final String name : (Iterable<String>) expected::fieldNames) {
				final JsonNode e = expected.get(name);
				final ChunkedArray a = c.array(name);
				assertArrayEquals(longs(e.get("shape")), a.shape(), name);
				assertEquals(e.get("dtype").asText(), a.dtype().name(), name);
				N5TestSupport.assertValues(root + "/" + name, a.dtype(), e.get("values"), N5TestSupport.readAll(a));
			}
		}
	}

	@Test
	void fixturesCoverWhatTheyClaim() throws Exception {
		final var dir = N5TestSupport.fixture("fixtures.n5");
		assertFalse(Files.exists(dir.resolve("missing/0/1")), "the missing block must be absent");
		assertEquals(1, Files.readAllBytes(dir.resolve("varlength/1/0"))[1], "varlength block mode");
		assertEquals(Map.of("type", "gzip", "level", 6, "useZlib", true),
			new com.fasterxml.jackson.databind.ObjectMapper().readValue(dir.resolve("compression/zlib/attributes.json").toFile(), Map.class).get("compression"));
		final String legacy = Files.readString(N5TestSupport.fixture("legacy.n5/xz/attributes.json"));
		assertTrue(legacy.contains("\"compressionType\": \"xz\"") && !legacy.contains("\"compression\""), legacy);
	}

	@Test
	void objectDatasetIsListedButNotReadable() throws Exception {
		try (Container c = FormatReaders.open(N5TestSupport.fixture("fixtures.n5"))) {
			final ChunkedArray a = c.array("objects");
			assertEquals("object", a.dtype().name());
			assertFalse(a.dtype().isNumeric());
			final var e = assertThrows(TesseraIOException.Unsupported.class, () -> a.readChunk(0));
			assertTrue(e.getMessage().contains("objects/0") && e.getMessage().contains("'object'"), e.getMessage());
		}
	}

	@Test
	void axesFromAttributesAreReversedToCOrder() throws Exception {
		try (Container c = FormatReaders.open(N5TestSupport.fixture("fixtures.n5"))) {
			assertEquals(List.of(new Axis("c", "channel", "", 1, 0), new Axis("y", "space", "um", 0.25, 0),
				new Axis("x", "space", "um", 0.5, 0)), c.array("axes").axes());
			assertEquals(List.of("dim0", "dim1", "dim2", "dim3"), c.array("dims/d4").axes().stream().map(Axis::name).toList());
			assertEquals(List.of("x"), c.array("dims/d1").axes().stream().map(Axis::name).toList());
		}
	}

	@Test
	void multiscaleGroupsListLevelsWithScaledAxes() throws Exception {
		try (Container c = FormatReaders.open(N5TestSupport.fixture("fixtures.n5"))) {
			assertEquals(List.of(new Multiscale("scaled", "scaled", List.of("scaled/s0", "scaled/s1")),
				new Multiscale("viewer", "viewer", List.of("viewer/s0", "viewer/s1", "viewer/s2"))), c.multiscales());
			assertEquals(List.of(2.0, 0.5, 0.5), scales(c.array("viewer/s0")));
			assertEquals(List.of(4.0, 1.0, 1.0), scales(c.array("viewer/s1")));
			assertEquals(List.of(4.0, 2.0, 2.0), scales(c.array("viewer/s2")));
			assertEquals("um", c.array("viewer/s2").axes().get(0).unit());
			assertEquals(List.of(40.0, 4.0, 4.0), scales(c.array("scaled/s0")));
			assertEquals(List.of(40.0, 8.0, 8.0), scales(c.array("scaled/s1")));
			assertEquals(List.of("z", "y", "x"), c.array("scaled/s1").axes().stream().map(Axis::name).toList());
			assertEquals("nm", c.array("scaled/s1").axes().get(2).unit());
		}
	}

	@Test
	void bigDataViewerLayoutGivesOnePyramidPerSetupAndTimepoint() throws Exception {
		try (Container c = FormatReaders.open(N5TestSupport.fixture("bdv.n5"))) {
			assertEquals(List.of("setup0/timepoint0", "setup0/timepoint1", "setup1/timepoint0", "setup1/timepoint1"),
				c.multiscales().stream().map(Multiscale::group).toList());
			assertEquals(List.of("setup1/timepoint0/s0", "setup1/timepoint0/s1"), c.multiscales().get(2).levels());
			assertEquals(List.of(1.0, 2.0, 2.0), scales(c.array("setup1/timepoint0/s1")));
			assertEquals("2.5.0", c.metadata().get("n5"));
		}
	}

	@Test
	void opensAGroupInsideARoot() throws Exception {
		try (Container c = FormatReaders.open(N5TestSupport.fixture("fixtures.n5/viewer"))) {
			assertEquals(List.of("s0", "s1", "s2"), c.arrays().stream().map(ArrayInfo::name).toList());
			assertEquals(List.of(new Multiscale("/", "/", List.of("s0", "s1", "s2"))), c.multiscales());
			assertEquals(List.of(4.0, 2.0, 2.0), scales(c.array("s2")));
			assertEquals("4.0.0", c.metadata().get("n5"));
		}
	}

	@Test
	void opensADatasetDirectlyAsSlash() throws Exception {
		final JsonNode e = N5TestSupport.expected().get("fixtures.n5").get("dims/d4");
		try (Container c = FormatReaders.open(N5TestSupport.fixture("fixtures.n5/dims/d4"))) {
			assertEquals(List.of("/"), c.arrays().stream().map(ArrayInfo::name).toList());
			final ChunkedArray a = c.array("/");
			assertArrayEquals(new int[] { 1, 2, 3, 2 }, a.chunkShape());
			N5TestSupport.assertValues("d4", a.dtype(), e.get("values"), N5TestSupport.readAll(a));
		}
	}

	@Test
	void metadataHoldsRootAndGroupAttributes() throws Exception {
		try (Container c = FormatReaders.open(N5TestSupport.fixture("fixtures.n5"))) {
			final Map<String, Object> m = c.metadata();
			assertEquals("tessera fixtures", ((Map<?, ?>) m.get("attributes")).get("description"));
			final Map<?, ?> scaled = (Map<?, ?>) ((Map<?, ?>) m.get("groups")).get("scaled");
			assertEquals(List.of(List.of(1, 1, 1), List.of(2, 2, 1)), scaled.get("scales"));
		}
	}

	// -- Helper methods --

	private static List<Double> scales(final ChunkedArray a) {
		return a.axes().stream().map(Axis::scale).toList();
	}

	private static long[] longs(final JsonNode n) {
		final long[] out = new long[n.size()];
		for (int i = 0; i < out.length; i++) out[i] = n.get(i).asLong();
		return out;
	}
}
