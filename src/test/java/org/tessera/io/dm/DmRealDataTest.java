package org.tessera.io.dm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;
import org.tessera.reduce.Statistics;

/**
 * The three real DM files against hyperspy 1.7.3's reading in truth.json. Each file holds a thumbnail
 * ({@code image0}, which hyperspy skips) and one signal ({@code image1} = truth's {@code signals[0]}).
 * For the EELS spectrum image hyperspy moves the energy axis last; the test applies the
 * {@code hyperspy_axes_order} attribute before comparing shape, axes and content hash.
 */
class DmRealDataTest {

	@ParameterizedTest
	@ValueSource(strings = { "dm/EELS_SI.dm4", "dm/test-EDS_spectrum.dm3", "dm/test_STEM_image.dm3" })
	void signalMatchesHyperspy(final String file) throws Exception {
		final JsonNode truth = TestData.truth(file).get("hyperspy").get("signals").get(0);
		try (Container c = FormatReaders.open(TestData.real(file))) {
			assertEquals(List.of("image0", "image1"), c.arrays().stream().map(ArrayInfo::name).toList());
			assertEquals(true, c.array("image0").attributes().get("thumbnail"));
			final ChunkedArray a = c.array("image1");
			assertEquals(false, a.attributes().get("thumbnail"));
			assertEquals(truth.get("title").asText(), a.attributes().get("title"));
			final int[] order = order(a);
			assertArrayEquals(longs(truth.get("shape")), permute(a.shape(), order), "shape in hyperspy's order");
			assertEquals(truth.get("dtype_name").asText(), a.dtype().name());
			assertEquals(truth.get("sha256").asText(), sha256(a, order), "content hash");
			final Statistics s = ArrayStatistics.compute(a);
			assertEquals(truth.get("sum").asDouble(), s.sum(), 1e-9 * Math.abs(s.sum()), "sum");
			assertEquals(truth.get("min").asDouble(), s.min(), "min");
			assertEquals(truth.get("max").asDouble(), s.max(), "max");
			checkAxes(truth.get("axes_in_array_order"), a.axes(), order);
			checkKeyMetadata(truth.get("key_metadata"), (Map<?, ?>) a.attributes().get("key_metadata"));
		}
	}

	// -- Helper methods --

	private static void checkAxes(final JsonNode truth, final List<Axis> axes, final int[] order) {
		assertEquals(truth.size(), axes.size());
		for (int i = 0; i < truth.size(); i++) {
			final JsonNode t = truth.get(i);
			final Axis ax = axes.get(order[i]);
			assertEquals(t.get("name").asText(), ax.name(), "axis " + i);
			assertEquals(t.get("units").asText(), ax.unit(), "axis " + i + " unit");
			assertEquals(t.get("scale").asDouble(), ax.scale(), 1e-15, "axis " + i + " scale");
			assertEquals(t.get("offset").asDouble(), ax.offset(), 1e-12, "axis " + i + " offset");
		}
	}

	private static void checkKeyMetadata(final JsonNode truth, final Map<?, ?> ours) {
		for (final Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
			final Map.Entry<String, JsonNode> e = it.next();
			final Object v = ours.get(e.getKey());
			if (e.getValue().isNumber()) {
				assertEquals(e.getValue().asDouble(), ((Number) v).doubleValue(), 1e-12 * Math.abs(e.getValue().asDouble()), e.getKey());
			}
			else assertEquals(e.getValue().asText(), v, e.getKey());
		}
	}

	/** hyperspy's array = numpy.transpose(ours, order); identity when the attribute is absent. */
	private static int[] order(final ChunkedArray a) {
		final Object o = a.attributes().get("hyperspy_axes_order");
		if (o == null) return java.util.stream.IntStream.range(0, a.numDimensions()).toArray();
		return ((List<?>) o).stream().mapToInt(x -> ((Number) x).intValue()).toArray();
	}

	/** SHA-256 of the whole (small) array in hyperspy's axis order, C order, little-endian. */
	private static String sha256(final ChunkedArray a, final int[] order) throws Exception {
		final int n = (int) a.elementCount();
		final ByteBuffer all = ByteBuffer.allocate(n * a.dtype().size()).order(ByteOrder.LITTLE_ENDIAN);
		// NB: DM chunks are contiguous slabs, so chunks in grid order concatenate to C order.
		final long[] grid = a.chunkGrid();
		for (long i = 0; i < java.util.Arrays.stream(grid).reduce(1, Math::multiplyExact); i++) {
			Chunks.encodeInto(a.dtype(), a.readChunk(unravel(i, grid)).data(), all);
		}
		final int[] shape = java.util.Arrays.stream(a.shape()).mapToInt(x -> (int) x).toArray();
		final Object data = Chunks.decode(a.dtype(), all.array(), 0, n, ByteOrder.LITTLE_ENDIAN);
		final Object t = Chunks.transpose(a.dtype(), data, shape, order);
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Chunks.encode(a.dtype(), t, ByteOrder.LITTLE_ENDIAN)));
	}

	private static long[] unravel(long index, final long[] grid) {
		final long[] p = new long[grid.length];
		for (int d = grid.length - 1; d >= 0; d--) {
			p[d] = index % grid[d];
			index /= grid[d];
		}
		return p;
	}

	private static long[] permute(final long[] shape, final int[] order) {
		final long[] out = new long[order.length];
		for (int i = 0; i < order.length; i++) out[i] = shape[order[i]];
		return out;
	}

	private static long[] longs(final JsonNode n) {
		final long[] out = new long[n.size()];
		for (int i = 0; i < out.length; i++) out[i] = n.get(i).asLong();
		return out;
	}

}
