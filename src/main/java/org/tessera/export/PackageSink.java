package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a package's files go: a directory or a zip file. Each file is hashed while it is written.
 * Paths are relative and {@code /}-separated.
 */
public interface PackageSink extends Closeable {

	/** Copies {@code source} to {@code path}. */
	Digests copy(Path source, String path) throws IOException;

	/** Told of each copied file, in the order given, in the thread that called {@link #copyAll}. */
	interface Copied {

		void copied(int index, Digests digests) throws IOException;
	}

	/**
	 * Copies each {@code sources[i]} to {@code paths[i]}, telling {@code done} in order. A sink may copy
	 * several at once; this default copies them one after the other.
	 */
	default void copyAll(final List<Path> sources, final List<String> paths, final Copied done) throws IOException {
		for (int i = 0; i < sources.size(); i++) done.copied(i, copy(sources.get(i), paths.get(i)));
	}

	/** Writes {@code bytes} to {@code path}. */
	Digests write(String path, byte[] bytes) throws IOException;

	/** A sink writing into {@code dir}, or into a new zip file when {@code zip}. */
	static PackageSink open(final Path where, final boolean zip, final boolean md5) throws IOException {
		return zip ? new ZipSink(where) : new DirectorySink(where, md5);
	}
}
