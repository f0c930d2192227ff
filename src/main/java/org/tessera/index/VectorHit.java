package org.tessera.index;

/**
 * One answer of a {@link VectorQuery}.
 *
 * @param id the record id (for a patch: its parent record's)
 * @param path the file or container
 * @param array the internal path of the array
 * @param score cosine similarity to the query vector (-1..1)
 * @param filter which clauses of the filter admitted the record ("" without a filter)
 * @param patch the matching patch, or null for a record hit
 */
public record VectorHit(String id, String path, String array, float score, String filter, Patch patch) {

	/**
	 * A tile of an array, in level-0 pixels.
	 *
	 * @param level the pyramid level it was embedded at
	 */
	public record Patch(int x, int y, int w, int h, int level) {

		@Override
		public String toString() {
			return x + "," + y + "," + w + "," + h + "@" + level;
		}
	}

	/** A key unique per hit: the record id, plus the patch for patch hits. */
	public String key() {
		return patch == null ? id : id + "#" + patch;
	}
}
