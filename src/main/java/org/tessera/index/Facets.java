package org.tessera.index;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facet counts (format, instrument, detector, year) over a query's matches, from the keyword
 * fields' sorted-set doc values. The per-field ordinal maps are built once per reader.
 */
final class Facets {

	private final DirectoryReader reader;
	private final Map<String, StringDocValuesReaderState> states = new ConcurrentHashMap<>();

	Facets(final DirectoryReader reader) {
		this.reader = reader;
	}

	/** Facet name → value → count, values by decreasing count then name. */
	Map<String, Map<String, Long>> count(final FacetsCollector fc) throws IOException {
		final Map<String, Map<String, Long>> out = new TreeMap<>();
		for (final Map.Entry<String, String> f : CatalogSchema.FACETS.entrySet()) {
			final FacetResult r = new StringValueFacetCounts(state(f.getValue()), fc).getTopChildren(100, f.getValue());
			final Map<String, Long> counts = new LinkedHashMap<>();
			if (r != null) {
				java.util.Arrays.stream(r.labelValues).sorted(java.util.Comparator
					.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label))
					.forEach(lv -> counts.put(lv.label, lv.value.longValue()));
			}
			out.put(f.getKey(), counts);
		}
		return out;
	}

	private StringDocValuesReaderState state(final String field) {
		return states.computeIfAbsent(field, f -> {
			try {
				return new StringDocValuesReaderState(reader, f);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
