package org.tessera.export;

/** Progress of one export (the CLI prints it on stderr; tests use it to stop an export midway). */
public interface ExportListener {

	/** One file is complete in the package (written, hashed, closed) under {@code path}. */
	default void fileWritten(final String path, final long bytes) {}

	/** A step finished, e.g. {@code "uploaded data/a.zarr/.zarray"} or {@code "committed"}. */
	default void step(final String what) {}

	/** Ignores everything. */
	ExportListener NONE = new ExportListener() {};
}
