package org.tessera.search;

/** What a {@link SimilarityQuery} searches: whole arrays (record documents) or their patch documents. */
public enum Target {
	RECORDS, PATCHES
}
