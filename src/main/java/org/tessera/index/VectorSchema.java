package org.tessera.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The vector and patch part of the catalogue schema (additive to {@link CatalogSchema}): one
 * vector field per embedder name, patch documents, and the commit user-data keys that record which
 * embedders a catalogue holds and their dimensions.
 */
public final class VectorSchema {

	/** Document type (stored keyword); absent on record documents, {@link #PATCH} on patch documents. */
	public static final String DOC_TYPE = "doctype";

	/** The doc type of a patch document. */
	public static final String PATCH = "patch";

	/** Patch fields: the parent record's id, the tile in level-0 pixels, and the pyramid level it was read at. */
	public static final String PARENT = "patch.parent", X = "patch.x", Y = "patch.y", W = "patch.w", H = "patch.h",
		LEVEL = "patch.level";

	/** Commit user-data key prefix: {@code embedder.<name>} holds the dimension of that embedder's vectors. */
	public static final String EMBEDDER_KEY = "embedder.";

	private VectorSchema() {}

	/** The record-vector field of an embedder. */
	public static String field(final String embedder) {
		return "vec." + embedder;
	}

	/**
	 * The patch-vector field of an embedder. NB: its own field, not {@link #field}: a record search then
	 * needs no doc-type filter (which would push HNSW into its slower filtered path) and vice versa.
	 */
	public static String patchField(final String embedder) {
		return "vec." + embedder + ".patch";
	}

	/** Matches every patch document. */
	static Query patches() {
		return new TermQuery(new Term(DOC_TYPE, PATCH));
	}

	/** {@code q} restricted to record documents (patch documents never answer a metadata query). */
	static Query recordsOnly(final Query q) {
		return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
			.add(patches(), BooleanClause.Occur.MUST_NOT).build();
	}

	/** Every record document. */
	static Query records() {
		return recordsOnly(new MatchAllDocsQuery());
	}
}
