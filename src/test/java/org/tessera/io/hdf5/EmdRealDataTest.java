package org.tessera.io.hdf5;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
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

	@Test
	void veloxSpectrumImageHaadfKeepsEveryFrame() throws Exception {
		final String file = "emd_velox/Test SI 16x16 215 kx.emd";
		final String name = "Data/Image/f03a0d4a7c05495f95856e6708f94863/Data";
		final JsonNode stored = TestData.truth(file).get("hdf5").get("datasets").get(name);
		try (Container c = FormatReaders.open(TestData.real(file))) {
			final ChunkedArray stack = c.array(name);
			assertEquals(List.of(2L, 16L, 16L), java.util.Arrays.stream(stack.shape()).boxed().toList(), "(frame, y, x)");
			final Statistics all = ArrayStatistics.compute(stack);
			assertEquals(stored.get("sum_int").bigIntegerValue(), all.integerSum(), "both frames' exact sum (h5py)");
			assertEquals(stored.get("min").asDouble(), all.min());
			assertEquals("Time", stack.axes().get(0).name());
		}
		assertEquals(List.of(name), matchSignals(file, "emd-velox").stream().filter(a -> a.shape().length == 3 && a.shape()[0] == 2)
			.map(ChunkedArray::name).toList(), "hyperspy's 16x16 HAADF signal is frame 0 of the 2-frame stack");
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
		return frameZeroMatch(c, s, seen);
	}

	/**
	 * NB: in a file that holds a spectrum image, hyperspy 1.7 (and rosettasciio) reads only frame 0 of
	 * every image stack ({@code read_stack = load_SI_image_stack or im_type == 'Image'} in
	 * {@code _read_image}, and {@code load_SI_image_stack} defaults to False). Tessera keeps every
	 * frame, so such a signal must equal frame 0 of a (frame, y, x) array: values, sha256 (hyperspy
	 * converted to float64) and the y, x axes.
	 */
	private static ChunkedArray frameZeroMatch(final Container c, final JsonNode s, final List<String> seen) throws Exception {
		final long[] yx = Hdf5RealDataTest.longs(s.get("shape"));
		for (final ArrayInfo info : c.arrays()) {
			final long[] shape = info.shape();
			if (yx.length != 2 || shape.length != 3 || shape[1] != yx[0] || shape[2] != yx[1]) continue;
			final ChunkedArray a = c.array(info.name());
			final double[] f0 = frame(a, 0);
			final double sum = java.util.Arrays.stream(f0).sum();
			seen.add(info.name() + " frame 0 sum " + sum);
			if (sum != s.get("sum").asDouble() || java.util.Arrays.stream(f0).max().orElseThrow() != s.get("max").asDouble()) continue;
			assertEquals(s.get("min").asDouble(), java.util.Arrays.stream(f0).min().orElseThrow(), info.name());
			assertEquals(s.get("sha256").asText(), sha256(f0), info.name() + " frame 0 as float64");
			assertAxes(s.get("axes_in_array_order"), a.axes().subList(1, 3), info.name());
			return a;
		}
		throw new AssertionError("no array matches hyperspy's " + s.get("title") + " " + s.get("shape") + " sum " + s.get("sum") + "; candidates: " + seen);
	}

	/** Frame {@code f} (index on axis 0) of a 3-D integer array as doubles in C order, chunk by chunk. */
	private static double[] frame(final ChunkedArray a, final int f) throws Exception {
		final long[] shape = a.shape();
		final int[] cs = a.chunkShape();
		final int h = (int) shape[1], w = (int) shape[2];
		final double[] out = new double[h * w];
		for (long gy = 0; gy * cs[1] < h; gy++) {
			for (long gx = 0; gx * cs[2] < w; gx++) {
				final Chunk ch = a.readChunk(f / cs[0], gy, gx);
				final int[] s = ch.shape();
				for (int y = 0; y < s[1]; y++) {
					for (int x = 0; x < s[2]; x++) {
						out[(int) (gy * cs[1] + y) * w + (int) (gx * cs[2] + x)] = valueAt(ch.data(), ((f % cs[0]) * s[1] + y) * s[2] + x);
					}
				}
			}
		}
		return out;
	}

	private static double valueAt(final Object data, final int i) {
		if (data instanceof short[] v) return v[i] & 0xffff; // NB: every Velox integer image is uint16
		if (data instanceof float[] v) return v[i];
		throw new AssertionError("unexpected chunk type " + data.getClass());
	}

	private static String sha256(final double[] values) throws Exception {
		final ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
		for (final double v : values) b.putDouble(v);
		return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
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
