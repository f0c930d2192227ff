package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.Axis;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;

/** OME-NGFF 0.5 (Zarr v3, attributes under "ome"): multiscale transforms, omero, labels, plate and well. */
class ZarrNgffTest {

	@TempDir
	Path dir;

	@Test
	void ngff05PlateWithImage() throws IOException {
		final Path root = dir.resolve("plate.ome.zarr");
		final ZarrWriter w = new ZarrWriter(root, 3);
		w.createGroup("", Map.of("ome", Map.of("version", "0.5", "plate", Map.of("rows", List.of(Map.of("name", "A")),
			"columns", List.of(Map.of("name", "1")), "wells", List.of(Map.of("path", "A/1", "rowIndex", 0, "columnIndex", 0))))));
		w.createGroup("A/1", Map.of("ome", Map.of("version", "0.5", "well", Map.of("images", List.of(Map.of("path", "0"))))));
		w.createGroup("A/1/0", Map.of("ome", Map.of("version", "0.5",
			"multiscales", List.of(Map.of("name", "img", "axes", List.of(
				Map.of("name", "c", "type", "channel"), Map.of("name", "y", "type", "space", "unit", "micrometer"),
				Map.of("name", "x", "type", "space", "unit", "micrometer")),
				"datasets", List.of(level("s0", 1), level("s1", 2)),
				"coordinateTransformations", List.of(Map.of("type", "scale", "scale", List.of(1, 0.5, 0.5))))),
			"omero", Map.of("channels", List.of(Map.of("label", "DAPI", "color", "0000FF"))))));
		w.createGroup("A/1/0/labels", Map.of("ome", Map.of("version", "0.5", "labels", List.of("cells"))));
		for (final String s : List.of("s0", "s1")) {
			w.createArray("A/1/0/" + s, new ZarrArraySpec(new long[] { 2, 8, 8 }, new int[] { 1, 4, 4 }, DType.UINT8));
		}
		try (Container c = FormatReaders.open(root)) {
			assertEquals(1, c.multiscales().size());
			assertEquals("A/1/0", c.multiscales().get(0).group());
			assertEquals(List.of("A/1/0/s0", "A/1/0/s1"), c.multiscales().get(0).levels());
			final List<Axis> ax = c.array("A/1/0/s1").axes();
			// NB: dataset scale 2 and translation 1 under a multiscale-level scale 0.5.
			assertEquals(new Axis("y", "space", "micrometer", 1.0, 0.5), ax.get(1));
			assertEquals(new Axis("c", "channel", "", 2.0, 1.0), ax.get(0));
			assertEquals("0.5", c.metadata().get("ngff_version"));
			for (final String k : List.of("plate", "wells", "omero", "labels", "multiscales")) {
				assertEquals(1, ((List<?>) c.metadata().get(k)).size(), k);
			}
			assertEquals("A/1", ((Map<?, ?>) ((List<?>) c.metadata().get("wells")).get(0)).get("group"));
		}
		try (Container c = FormatReaders.open(root.resolve("A/1/0"))) {
			assertEquals(List.of("s0", "s1"), c.arrays().stream().map(a -> a.name()).toList());
			assertEquals(List.of("s0", "s1"), c.multiscales().get(0).levels());
		}
	}

	@Test
	void unknownV3CodecIsNamed() throws IOException {
		final Path root = dir.resolve("u.zarr");
		new ZarrWriter(root, 3).createArray("", new ZarrArraySpec(new long[] { 4 }, new int[] { 2 }, DType.INT8));
		final Path zj = root.resolve("zarr.json");
		java.nio.file.Files.writeString(zj, java.nio.file.Files.readString(zj).replace("\"codecs\" : [ {",
			"\"codecs\" : [ { \"name\" : \"fancy-squash\" }, {"));
		try (Container c = FormatReaders.open(root)) {
			ZarrBadInputTest.assertFails(TesseraIOException.Unsupported.class, () -> c.array("/"), zj.toString(), "fancy-squash");
		}
	}

	private static Map<String, Object> level(final String path, final double s) {
		return Map.of("path", path, "coordinateTransformations", List.of(Map.of("type", "scale", "scale", List.of(s, s, s)),
			Map.of("type", "translation", "translation", List.of(s - 1, s - 1, s - 1))));
	}
}
