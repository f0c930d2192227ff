package org.tessera.fiji;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tessera.meta.Quantity;
import org.tessera.meta.Record;
import org.tessera.meta.RecordJson;

/**
 * A hit's fields as text, for the results table and {@code Ext.tesseraHitField}: the hit's own
 * ({@code id, path, array, score, explain}), short names of record fields ({@link #COLUMNS}), and any record
 * field by its dotted JSON name ({@code instrument.cameraLength.value}, {@code datacite.titles.0},
 * {@code flattened.<key>}). Unknown values are empty text; a name the record schema lacks is an error.
 */
public final class HitFields {

	/** The short names, in table column order (NB: the long id last, so the table opens on the useful columns). */
	public static final List<String> COLUMNS = List.of("path", "array", "score", "format", "title", "acquired",
		"beamEnergy", "microscope", "detector", "pixelSize", "sample", "shape", "dtype", "id");

	private static final Map<String, Function<Record, Object>> SHORT = Map.ofEntries(Map.entry("format", Record::format),
		Map.entry("title", r -> first(r.datacite().titles())), Map.entry("acquired", Record::acquired),
		Map.entry("beamEnergy", r -> value(r.instrument().beamEnergy())), Map.entry("microscope", r -> r.instrument()
			.microscope()), Map.entry("detector", r -> String.join(",", r.instrument().detectors())), Map.entry(
				"pixelSize", r -> value(r.pixelSize())), Map.entry("sample", Record::sample), Map.entry("shape",
					r -> r.shape() == null ? null : java.util.Arrays.stream(r.shape()).mapToObj(Long::toString).toList()),
		Map.entry("dtype", Record::dtype));

	private HitFields() {}

	/** {@code field} of {@code row}; see the class description. */
	public static String get(final CatalogHits.Row row, final String field) {
		switch (field) {
			case "id": return row.hit().id();
			case "path": return row.hit().path();
			case "array": return row.hit().array();
			case "score": return text(row.hit().score());
			case "explain": return row.hit().explain() == null ? "" : row.hit().explain();
			default: return row.record().map(r -> ofRecord(r, field)).orElse("");
		}
	}

	// -- Helper methods --

	private static String ofRecord(final Record r, final String field) {
		if (SHORT.containsKey(field)) return text(SHORT.get(field).apply(r));
		final Map<String, Object> tree = RecordJson.tree(r);
		final String top = field.split("\\.", 2)[0];
		if (!tree.containsKey(top)) {
			throw new IllegalArgumentException("no hit field '" + field + "' (fields: " + String.join(", ", COLUMNS)
				+ ", or a record field such as instrument.beamEnergy.value, datacite.titles.0, flattened.<key>)");
		}
		return text(walk(tree, field));
	}

	/** Follows a dotted name; map keys may hold dots themselves (flattened keys), so the longest key wins. */
	private static Object walk(final Object node, final String rest) {
		if (rest.isEmpty()) return node;
		if (node instanceof Map<?, ?> m) {
			if (m.containsKey(rest)) return m.get(rest);
			for (int dot = rest.lastIndexOf('.'); dot > 0; dot = rest.lastIndexOf('.', dot - 1)) {
				if (m.containsKey(rest.substring(0, dot))) return walk(m.get(rest.substring(0, dot)), rest.substring(dot + 1));
			}
		}
		if (node instanceof List<?> l) {
			final String[] p = rest.split("\\.", 2);
			if (p[0].matches("\\d+") && Integer.parseInt(p[0]) < l.size()) {
				return walk(l.get(Integer.parseInt(p[0])), p.length > 1 ? p[1] : "");
			}
		}
		return null;
	}

	private static Object first(final List<String> l) {
		return l.isEmpty() ? null : l.get(0);
	}

	private static Object value(final Quantity q) {
		return q == null ? null : q.value();
	}

	/** Numbers without a needless ".0", lists comma-separated, unknown as "". */
	static String text(final Object v) {
		if (v == null) return "";
		if (v instanceof Number n && !(v instanceof Float f && f.isNaN()) && n.doubleValue() == Math.rint(n.doubleValue())
			&& Math.abs(n.doubleValue()) < 1e15) return Long.toString(n.longValue());
		if (v instanceof List<?> l) return String.join(",", l.stream().map(HitFields::text).toList());
		return v.toString();
	}
}
