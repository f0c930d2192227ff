package org.tessera.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.tessera.lineage.Activity;
import org.tessera.lineage.ActivitySource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The activities of one catalogue commit, looked up by term: what made or used an entity, which
 * used a component (a model hash), one by id, or all. Results are ordered by start time. Thread-safe.
 */
public final class CatalogLineage implements ActivitySource {

	private static final Set<String> STORED = Set.of(ActivityDocuments.JSON);

	private final IndexSearcher searcher;

	CatalogLineage(final IndexSearcher searcher) {
		this.searcher = searcher;
	}

	@Override
	public List<Activity> generating(final String entityId) throws IOException {
		return find(ActivityDocuments.OUTPUT, entityId);
	}

	@Override
	public List<Activity> using(final String entityId) throws IOException {
		return find(ActivityDocuments.INPUT, entityId);
	}

	@Override
	public List<Activity> byComponent(final String key, final String value) throws IOException {
		return find(ActivityDocuments.COMPONENT, ActivityDocuments.component(key, value));
	}

	@Override
	public Optional<Activity> activity(final String activityId) throws IOException {
		return find(ActivityDocuments.ID, activityId).stream().findFirst();
	}

	/** Every activity of one type ({@code "reduce"}, …), or all for null. */
	public List<Activity> all(final String type) throws IOException {
		return type == null ? matching(DocTypes.only(CatalogSchema.DOCTYPE_ACTIVITY)) : find(ActivityDocuments.TYPE, type);
	}

	// -- Helper methods --

	private List<Activity> find(final String field, final String value) throws IOException {
		return matching(new BooleanQuery.Builder().add(DocTypes.only(CatalogSchema.DOCTYPE_ACTIVITY), BooleanClause.Occur.FILTER)
			.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER).build());
	}

	private List<Activity> matching(final Query q) throws IOException {
		final int n = Math.max(1, searcher.count(q));
		final List<Activity> out = new ArrayList<>();
		for (final ScoreDoc sd : searcher.search(q, n).scoreDocs) {
			out.add(ActivityDocuments.read(searcher.storedFields().document(sd.doc, STORED)));
		}
		out.sort(Comparator.comparing(Activity::started).thenComparing(Activity::id));
		return out;
	}
}
