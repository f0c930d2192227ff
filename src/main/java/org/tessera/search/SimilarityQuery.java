package org.tessera.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A similarity search: one query vector per embedder name, how many hits, an optional metadata filter
 * (the catalogue's Lucene syntax; hits never lie outside it) and whether whole arrays or patches are
 * searched. Immutable; made by {@link SimilaritySearch}'s {@code by*} methods or refined by a
 * {@link SearchSession}.
 *
 * @param vectors embedder name → L2-normalised query vector, in order
 * @param k hits to return
 * @param filter metadata filter, blank or null for none
 * @param target records or patches
 */
public record SimilarityQuery(Map<String, float[]> vectors, int k, String filter, Target target) {

	public SimilarityQuery {
		if (vectors.isEmpty()) throw new IllegalArgumentException("a similarity query needs at least one vector");
		if (k < 1) throw new IllegalArgumentException("k must be >= 1 (got " + k + ")");
		vectors = Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
	}

	/** This query with another number of hits. */
	public SimilarityQuery withK(final int n) {
		return new SimilarityQuery(vectors, n, filter, target);
	}

	/** This query within a metadata filter. */
	public SimilarityQuery withFilter(final String f) {
		return new SimilarityQuery(vectors, k, f, target);
	}

	/** This query with other vectors (same k, filter and target). */
	public SimilarityQuery withVectors(final Map<String, float[]> v) {
		return new SimilarityQuery(v, k, filter, target);
	}
}
