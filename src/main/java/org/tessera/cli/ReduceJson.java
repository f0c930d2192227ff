package org.tessera.cli;

import org.tessera.io.ChunkedArray;
import org.tessera.reduce.ReducedArray;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON and text forms of {@code tessera reduce} results: {@code {"name","axes","shape","dtype",
 * OP: values}} where {@code axes} are the reduced axes' names and {@code OP} the operation
 * ({@code sum}, {@code mean}, {@code max}, {@code min}, {@code weighted}) holding the values in C order
 * (exact integers; NaN as null; complex as [re, im] pairs), or the written files under {@code "out"}.
 */
final class ReduceJson {

	private ReduceJson() {}

	static Map<String, Object> of(final ChunkedArray a, final List<ReducedArray> results, final List<Path> written) {
		if (results.size() == 1) {
			final Map<String, Object> m = one(a, results.getFirst(), written.isEmpty());
			if (!written.isEmpty()) m.put("out", written.getFirst().toString());
			return m;
		}
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", a.name());
		m.put("results", results.stream().map(r -> one(a, r, written.isEmpty())).toList());
		if (!written.isEmpty()) m.put("out", written.stream().map(Path::toString).toList());
		return m;
	}

	private static Map<String, Object> one(final ChunkedArray a, final ReducedArray r, final boolean values) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", a.name());
		m.put("result", r.name());
		m.put("axes", r.reducedAxisNames(a.axes()));
		m.put("shape", r.shape());
		m.put("dtype", r.dtype().name());
		if (values) m.put(r.op().key(), values(r));
		return m;
	}

	/** The values as JSON numbers: exact integers (uint64 unsigned), doubles, or [re, im] pairs. */
	static List<Object> values(final ReducedArray r) {
		final List<Object> out = new ArrayList<>(r.elementCount());
		if (r.data() instanceof long[] l) {
			final boolean unsigned = r.dtype().name().equals("uint64");
			for (final long v : l) out.add(unsigned ? new java.math.BigInteger(Long.toUnsignedString(v)) : (Object) v);
			return out;
		}
		final double[] d = (double[]) r.data();
		final int k = r.dtype().components();
		for (int i = 0; i < d.length; i += k) {
			out.add(k == 1 ? Json.finite(d[i]) : Arrays.asList(Json.finite(d[i]), Json.finite(d[i + 1])));
		}
		return out;
	}

	/** One line per result: name, reduced axes, shape, dtype and the total. */
	static String text(final ChunkedArray a, final List<ReducedArray> results, final List<Path> written) {
		final StringBuilder sb = new StringBuilder();
		for (final ReducedArray r : results) {
			double total = 0;
			for (int i = 0; i < r.elementCount(); i++) total += r.doubleAt(i);
			sb.append(String.format("%-14s %s over %s -> %s %s, total %.6g%n", r.name(), r.op().key(),
				r.reducedAxisNames(a.axes()), Arrays.toString(r.shape()), r.dtype(), total));
		}
		for (final Path p : written) sb.append("wrote ").append(p).append('\n');
		return sb.toString().stripTrailing();
	}
}
