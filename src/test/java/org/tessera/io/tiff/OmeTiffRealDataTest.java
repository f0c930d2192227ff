package org.tessera.io.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;

/** The real OME-TIFF of the shared data (big-endian, 2008-02 schema, one 8-bit plane in strips) against truth.json. */
class OmeTiffRealDataTest {

	private static final String FILE = "ome_tiff/single-channel.ome.tif";

	@Test
	void readsSingleChannelAsTruthSays() throws Exception {
		final JsonNode ome = TestData.truth(FILE).get("ome_tiff");
		final JsonNode truth = ome.get("series").get(0);
		try (Container c = FormatReaders.open(TestData.real(FILE))) {
			assertEquals("ome-tiff", c.format());
			assertEquals(List.of("image0"), c.arrays().stream().map(ArrayInfo::name).toList());
			final ChunkedArray a = c.array("image0");
			assertArrayEquals(new long[] { truth.get("shape").get(0).asLong(), truth.get("shape").get(1).asLong() }, a.shape());
			assertEquals(truth.get("dtype_name").asText(), a.dtype().name());
			assertEquals(List.of("y", "x"), a.axes().stream().map(Axis::name).toList());
			// NB: the file gives no PhysicalSize, so the axes stay uncalibrated, as hyperspy reports them.
			assertEquals(List.of(1.0, 1.0), a.axes().stream().map(Axis::scale).toList());
			final Statistics s = ArrayStatistics.compute(a);
			assertEquals(truth.get("sha256").asText(), s.sha256());
			assertEquals(truth.get("sum_int").bigIntegerValue(), s.integerSum());
			assertEquals(truth.get("min").asDouble(), s.min());
			assertEquals(truth.get("max").asDouble(), s.max());
			final Map<?, ?> meta = (Map<?, ?>) c.metadata().get("ome");
			final Map<?, ?> image = (Map<?, ?>) ((List<?>) meta.get("images")).get(0);
			assertEquals(ome.get("ome_images").get(0).get("Name").asText(), image.get("Name"));
			assertEquals("XYZCT", ((Map<?, ?>) image.get("Pixels")).get("DimensionOrder"));
			assertEquals("big", ((Map<?, ?>) c.metadata().get("tiff")).get("byte_order"));
		}
	}
}
