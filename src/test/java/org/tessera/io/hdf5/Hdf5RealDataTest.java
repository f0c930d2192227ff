package org.tessera.io.hdf5;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every dataset of every HDF5, EMD Berkeley and EMD Velox file in {@code ../shared/data/real}, read
 * through the generic {@code "hdf5"} reader: shapes, dtypes and streamed statistics equal
 * {@code truth.json} (written by h5py); string and object datasets are listed but not numeric.
 */
class Hdf5RealDataTest {

	private static final Set<String> FORMATS = Set.of("hdf5", "emd_berkeley", "emd_velox");

	@TestFactory
	List<DynamicTest> everyDatasetMatchesTruth() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final Iterator<Map.Entry<String, JsonNode>> it = TestData.truth().fields(); it.hasNext();) {
			final Map.Entry<String, JsonNode> e = it.next();
			if (!FORMATS.contains(e.getValue().path("format_dir").asText())) continue;
			for (final Iterator<Map.Entry<String, JsonNode>> a = e.getValue().get("hdf5").get("datasets").fields(); a.hasNext();) {
				final Map.Entry<String, JsonNode> d = a.next();
				tests.add(DynamicTest.dynamicTest(e.getKey() + " [" + d.getKey() + "]", () -> check(e.getKey(), d.getKey(), d.getValue())));
			}
		}
		assertTrue(tests.size() >= 100, "expected the shared HDF5/EMD files, found " + tests.size() + " datasets");
		return tests;
	}

	static void check(final String file, final String name, final JsonNode truth) throws Exception {
		try (Container c = new Hdf5Format().open(Location.of(TestData.real(file)))) {
			final ArrayInfo info = c.arrays().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(
				() -> new AssertionError("listed datasets " + c.arrays().stream().map(ArrayInfo::name).toList() + " lack " + name));
			assertArrayEquals(longs(truth.get("shape")), info.shape(), "shape");
			if (!truth.has("sha256")) {
				assertFalse(info.dtype().isNumeric(), name + " is " + truth.get("dtype") + " in h5py");
				return;
			}
			final ChunkedArray a = c.array(name);
			assertEquals(truth.get("dtype_name").asText(), a.dtype().name(), "dtype");
			assertTruthStatistics(truth, ArrayStatistics.compute(a));
		}
	}

	/** sha256, sum (exact for integers), min and max equal the truth entry. */
	static void assertTruthStatistics(final JsonNode truth, final Statistics s) {
		assertEquals(truth.get("sha256").asText(), s.sha256(), "sha256");
		if (truth.has("sum_int")) assertEquals(truth.get("sum_int").bigIntegerValue(), s.integerSum(), "exact sum");
		else assertEquals(truth.get("sum").asDouble(), s.sum(), 1e-9 * Math.abs(s.sum()), "sum");
		assertEquals(truth.get("min").asDouble(), s.min(), "min");
		assertEquals(truth.get("max").asDouble(), s.max(), "max");
	}

	static long[] longs(final JsonNode n) {
		final long[] out = new long[n.size()];
		for (int i = 0; i < out.length; i++) out[i] = n.get(i).asLong();
		return out;
	}
}
