package org.tessera.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total every matching document (exact)
 * @param hits the requested page
 * @param facets facet name → value → count over all matches (empty unless asked)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

	/**
	 * One matching array.
	 *
	 * @param id the record id (content hash + internal path)
	 * @param path the file or container
	 * @param array the internal path of the array
	 * @param score relevance (NaN when sorted by a field)
	 * @param explain which query clauses matched
	 */
	public record Hit(String id, String path, String array, float score, String explain) {}
}
