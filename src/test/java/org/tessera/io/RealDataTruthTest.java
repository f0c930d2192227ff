package org.tessera.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tessera.TestData;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Zarr, OME-Zarr and N5 container in {@code ../shared/data/real}, written by other software:
 * shapes, dtypes and streamed statistics (content SHA-256, exact sum, min, max, mean) equal the
 * values in {@code truth.json}.
 */
class RealDataTruthTest {

	private static final Set<String> FORMATS = Set.of("zarr_v2", "zarr_v3", "ome_zarr", "n5");

	@TestFactory
	List<DynamicTest> everyArrayMatchesTruth() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Iterator<Map.Entry<String, JsonNode>> it = TestData.truth().fields(); it.hasNext();) {
			final Map.Entry<String, JsonNode> e = it.next();
			final String dir = e.getValue().path("format_dir").asText();
			if (!FORMATS.contains(dir)) continue;
			final JsonNode arrays = arraysOf(e.getValue());
			for (final Iterator<Map.Entry<String, JsonNode>> a = arrays.fields(); a.hasNext();) {
				final Map.Entry<String, JsonNode> arr = a.next();
				tests.add(DynamicTest.dynamicTest(e.getKey() + " [" + arr.getKey() + "]",
					() -> check(e.getKey(), arr.getKey(), arr.getValue())));
			}
		}
		assertTrue(tests.size() >= 6, "expected the shared Zarr/N5 files, found " + tests.size() + " arrays");
		return tests;
	}

	private static JsonNode arraysOf(final JsonNode entry) {
		if (entry.has("zarr_v2")) return entry.get("zarr_v2").get("arrays");
		if (entry.has("zarr_v3")) return entry.get("zarr_v3").get("arrays");
		return entry.get("n5").get("datasets");
	}

	private static void check(final String file, final String name, final JsonNode truth) throws Exception {
		try (Container c = FormatReaders.open(TestData.real(file))) {
			assertTrue(c.arrays().stream().anyMatch(a -> a.name().equals(name)),
				"listed arrays " + c.arrays().stream().map(ArrayInfo::name).toList() + " lack " + name);
			final ChunkedArray a = c.array(name);
			assertArrayEquals(longs(truth.get("shape")), a.shape(), "shape");
			assertEquals(truth.get("dtype_name").asText(), a.dtype().name(), "dtype");
			final Statistics s = ArrayStatistics.compute(a);
			assertEquals(truth.get("sha256").asText(), s.sha256(), "sha256");
			assertEquals(truth.get("sum_int").bigIntegerValue(), s.integerSum(), "exact sum");
			assertEquals(truth.get("min").asDouble(), s.min(), "min");
			assertEquals(truth.get("max").asDouble(), s.max(), "max");
			assertEquals(truth.get("mean").asDouble(), s.mean(), 1e-12 * Math.abs(s.mean()), "mean");
		}
	}

	private static long[] longs(final JsonNode n) {
		final long[] out = new long[n.size()];
		for (int i = 0; i < out.length; i++) out[i] = n.get(i).asLong();
		return out;
	}
}
