package org.tessera.reduce;

/**
 * Told how far a {@link Reduction} has come. NB: called from the worker threads, after each chunk,
 * so it must be thread-safe and quick; {@code done} grows by one per call and reaches {@code total}.
 */
@FunctionalInterface
public interface Progress {

	/** Ignores progress. */
	Progress NONE = (done, total) -> {};

	/** {@code done} of {@code total} chunks have been reduced. */
	void update(long done, long total);
}
