package org.tessera.index;

/**
 * One catalogue query.
 *
 * @param query Lucene syntax over the catalogue's fields (see {@link CatalogQueryParser}); blank matches all
 * @param k hits to return
 * @param offset hits to skip (paging)
 * @param sort null or blank for relevance, else a name of {@link CatalogSchema#SORTS}, "-" first for descending
 * @param facets whether to count facets over all matching documents
 */
public record SearchRequest(String query, int k, int offset, String sort, boolean facets) {

	public SearchRequest {
		if (k < 0 || offset < 0) throw new IllegalArgumentException("k and offset must be >= 0 (got " + k + ", " + offset + ")");
	}

	/** The first {@code k} hits by relevance, no facets. */
	public static SearchRequest of(final String query, final int k) {
		return new SearchRequest(query, k, 0, null, false);
	}
}
