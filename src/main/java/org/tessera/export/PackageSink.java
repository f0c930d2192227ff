package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a package's files go: a directory or a zip file. Each file is hashed while it is written.
 * Paths are relative and {@code /}-separated.
 */
public interface PackageSink extends Closeable {

	/** Copies {@code source} to {@code path}. */
	Digests copy(Path source, String path) throws IOException;

	/** Writes {@code bytes} to {@code path}. */
	Digests write(String path, byte[] bytes) throws IOException;

	/** A sink writing into {@code dir}, or into a new zip file when {@code zip}. */
	static PackageSink open(final Path where, final boolean zip, final boolean md5) throws IOException {
		return zip ? new ZipSink(where) : new DirectorySink(where, md5);
	}
}
