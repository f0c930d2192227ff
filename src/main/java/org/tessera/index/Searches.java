package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.tessera.index.CatalogSchema.*;

/** Runs one parsed query: exact total, a sorted page of hits with explanations, optional facets. */
final class Searches {

	private static final Set<String> HIT_FIELDS = Set.of(ID, PATH, ARRAY);

	private final IndexSearcher searcher;
	private final Facets facets;

	Searches(final IndexSearcher searcher, final Facets facets) {
		this.searcher = searcher;
		this.facets = facets;
	}

	SearchResult run(final Query q, final SearchRequest req) throws IOException {
		final int n = Math.max(1, req.offset() + req.k());
		final Sort sort = sort(req.sort());
		final CollectorManager<?, ? extends TopDocs> top = sort == null
			? new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE)
			: new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
		TopDocs docs;
		Map<String, Map<String, Long>> counts = Map.of();
		// NB: records only; the hits' explanations below use q itself, so they read as before.
		final Query records = DocTypes.recordsOnly(q);
		if (req.facets()) {
			final Object[] both = searcher.search(records, new MultiCollectorManager(top, new FacetsCollectorManager()));
			docs = (TopDocs) both[0];
			counts = facets.count((FacetsCollector) both[1]);
		}
		else docs = searcher.search(records, top);
		return new SearchResult(docs.totalHits.value(), hits(q, docs, req), counts);
	}

	private List<SearchResult.Hit> hits(final Query q, final TopDocs docs, final SearchRequest req) throws IOException {
		final int from = Math.min(req.offset(), docs.scoreDocs.length);
		final ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, from,
			Math.min(docs.scoreDocs.length, req.offset() + req.k()));
		final List<String> explained = HitExplanations.of(searcher, q, Arrays.stream(page).mapToInt(sd -> sd.doc).toArray());
		final List<SearchResult.Hit> out = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			final Document d = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
			out.add(new SearchResult.Hit(d.get(ID), d.get(PATH), d.get(ARRAY), page[i].score, explained.get(i)));
		}
		return out;
	}

	/** The sort for a name of {@link CatalogSchema#SORTS} ("-" first: descending), or null for relevance. */
	static Sort sort(final String name) {
		if (name == null || name.isBlank() || name.equals("score")) return null;
		final boolean desc = name.startsWith("-");
		final String field = SORTS.get(desc ? name.substring(1) : name);
		if (field == null) throw new IllegalArgumentException("unknown sort '" + name + "' (known: score, "
			+ String.join(", ", new java.util.TreeSet<>(SORTS.keySet())) + "; '-' first for descending)");
		final SortField sf = switch (field) {
			case ACQUIRED -> missingLast(new SortField(field, SortField.Type.LONG, desc), desc ? Long.MIN_VALUE : Long.MAX_VALUE);
			case ID -> new SortField(field, SortField.Type.STRING, desc);
			default -> missingLast(new SortField(field, SortField.Type.DOUBLE, desc),
				desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
		};
		return field.equals(ID) ? new Sort(sf) : new Sort(sf, new SortField(ID, SortField.Type.STRING));
	}

	private static SortField missingLast(final SortField f, final Object missing) {
		f.setMissingValue(missing);
		return f;
	}
}
