package org.tessera.reduce.out;

import org.tessera.io.Axis;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;
import org.tessera.reduce.ReducedArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results as one Zarr v2 group with an array per result (named after it), each a single
 * uncompressed chunk, with {@code _ARRAY_DIMENSIONS} and the kept axes' calibration in its
 * attributes ({@code "axes": [{"name","unit","scale","offset"}]}).
 */
public final class ZarrResults {

	private ZarrResults() {}

	/** Writes every result under the group directory {@code root}. */
	public static void write(final List<ReducedArray> results, final Map<String, Object> groupAttributes,
		final Path root) throws IOException
	{
		final ZarrWriter w = new ZarrWriter(root, 2);
		w.createGroup("", groupAttributes);
		for (final ReducedArray r : results) {
			final int[] chunks = java.util.Arrays.stream(r.shape()).mapToInt(s -> (int) Math.max(1, s)).toArray();
			final ZarrArraySpec spec = new ZarrArraySpec(r.shape(), chunks, r.dtype())
				.optDimensionNames(r.axes().stream().map(Axis::name).toList())
				.optAttributes(Map.of("axes", axes(r), "op", r.op().key()));
			w.createArray(r.name(), spec).writeChunk(new long[r.shape().length], r.data());
		}
	}

	private static List<Map<String, Object>> axes(final ReducedArray r) {
		final List<Map<String, Object>> out = new ArrayList<>();
		for (final Axis a : r.axes()) {
			final Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", a.name());
			m.put("unit", a.unit());
			m.put("scale", a.scale());
			m.put("offset", a.offset());
			out.add(m);
		}
		return out;
	}
}
