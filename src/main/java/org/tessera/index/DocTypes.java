package org.tessera.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import static org.tessera.index.CatalogSchema.*;

/**
 * Keeps metadata searches and counts to record documents. NB: records carry no {@link CatalogSchema#DOCTYPE}
 * (absence means record, so older catalogues read the same), hence "not an activity, not a patch"
 * rather than "doctype:record".
 */
final class DocTypes {

	private DocTypes() {}

	/** {@code q} restricted to record documents. */
	static Query recordsOnly(final Query q) {
		return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(DOCTYPE, DOCTYPE_ACTIVITY)), BooleanClause.Occur.MUST_NOT)
			.add(new TermQuery(new Term(DOCTYPE, DOCTYPE_PATCH)), BooleanClause.Occur.MUST_NOT).build();
	}

	/** Every record document. */
	static Query records() {
		return recordsOnly(new MatchAllDocsQuery());
	}

	/** Documents of one type ({@link CatalogSchema#DOCTYPE_ACTIVITY}, {@link CatalogSchema#DOCTYPE_PATCH}). */
	static Query only(final String doctype) {
		return new TermQuery(new Term(DOCTYPE, doctype));
	}
}
