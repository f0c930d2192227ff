package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tessera.TestData;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.Multiscale;

/** Real Zarr files from other writers, checked against truth.json. */
class ZarrRealDataTest {

	private static final String V2 = "zarr_v2/zarr-python_fixture_nested";
	private static final String V3 = "zarr_v3/zarr-java_sharding_index_end.zarr";
	private static final String NGFF = "ome_zarr/neuroglancer_simple_0.4.ome.zarr";

	@Test
	void zarrPythonNestedV2() throws IOException {
		try (Container c = FormatReaders.open(TestData.real(V2))) {
			assertEquals("zarr", c.format());
			assertEquals(List.of("/"), c.arrays().stream().map(a -> a.name()).toList());
			final ChunkedArray a = c.array("/");
			assertMatchesTruth(a, TestData.truth(V2).get("zarr_v2").get("arrays").get("/"));
			assertArrayEquals(new long[] { 1, 1 }, a.chunkGrid());
		}
	}

	@Test
	void zarrJavaShardingIndexEnd() throws IOException {
		try (Container c = FormatReaders.open(TestData.real(V3))) {
			final ChunkedArray a = c.array("/");
			assertMatchesTruth(a, TestData.truth(V3).get("zarr_v3").get("arrays").get("/"));
			// NB: reads go by inner chunk (8,4,8) of shards (16,8,8): 2*4*2 inner chunks.
			assertArrayEquals(new int[] { 8, 4, 8 }, a.chunkShape());
			assertArrayEquals(new long[] { 2, 4, 2 }, a.chunkGrid());
		}
	}

	@Test
	void neuroglancerNgff04() throws IOException {
		final JsonNode truth = TestData.truth(NGFF);
		try (Container c = FormatReaders.open(TestData.real(NGFF))) {
			final List<Multiscale> ms = c.multiscales();
			assertEquals(1, ms.size());
			assertEquals(List.of("scale0/image", "scale1/image", "scale2/image"), ms.get(0).levels());
			assertEquals("image", ms.get(0).name());
			final double[][] scale = { { 4, 30 }, { 8, 60 }, { 16, 120 } };
			final double[][] offset = { { 0, 0 }, { 2, 15 }, { 6, 45 } };
			for (int l = 0; l < 3; l++) {
				final String name = ms.get(0).levels().get(l);
				final ChunkedArray a = c.array(name);
				assertMatchesTruth(a, truth.get("zarr_v2").get("arrays").get(name));
				for (int d = 0; d < 2; d++) {
					final Axis ax = a.axes().get(d);
					assertEquals(d == 0 ? "y" : "x", ax.name());
					assertEquals("nanometer", ax.unit());
					assertEquals("space", ax.type());
					assertEquals(scale[l][d], ax.scale(), 0);
					assertEquals(offset[l][d], ax.offset(), 0);
				}
			}
			assertEquals("0.4", c.metadata().get("ngff_version"));
			final Map<?, ?> first = (Map<?, ?>) ((List<?>) c.metadata().get("multiscales")).get(0);
			assertEquals("/", first.get("group"));
		}
	}

	/** Shape, dtype, chunk count and values (sha256, sum, min, max) against a truth.json array entry. */
	static void assertMatchesTruth(final ChunkedArray a, final JsonNode t) throws IOException {
		final long[] shape = new long[t.get("shape").size()];
		for (int d = 0; d < shape.length; d++) shape[d] = t.get("shape").get(d).asLong();
		assertArrayEquals(shape, a.shape());
		assertEquals(t.get("dtype_name").asText(), a.dtype().name());
		final ArrayContents v = ArrayContents.read(a);
		assertEquals(t.get("sha256").asText(), v.sha256(), a.name());
		assertEquals(t.get("sum").asDouble(), v.sum(), 0);
		assertEquals(t.get("min").asDouble(), v.min(), 0);
		assertEquals(t.get("max").asDouble(), v.max(), 0);
	}
}
