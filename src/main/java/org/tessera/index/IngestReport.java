package org.tessera.index;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param indexed datasets (re)indexed
 * @param skipped datasets unchanged since they were indexed (size + mtime, or same content hash)
 * @param removed datasets removed from the catalogue because they vanished (only with prune)
 * @param failed datasets that could not be read, each with its reason
 */
public record IngestReport(int indexed, int skipped, int removed, List<Failure> failed) {

	/** One dataset that failed and why (the reader's message, naming the file and the cause). */
	public record Failure(String path, String error) {}
}
