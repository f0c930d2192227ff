package org.tessera.index;

/**
 * One nearest-neighbour search over one embedder's vectors.
 *
 * @param embedder the embedder name (its vector field)
 * @param vector the L2-normalised query vector
 * @param k hits to return
 * @param filter Lucene syntax over the record fields ({@link CatalogQueryParser}); blank or null for none.
 *        Exact: no hit lies outside it (for patches: no hit whose record lies outside it)
 * @param patches search patch documents instead of record documents
 */
public record VectorQuery(String embedder, float[] vector, int k, String filter, boolean patches) {

	public VectorQuery {
		if (k < 1) throw new IllegalArgumentException("k must be >= 1 (got " + k + ")");
	}
}
