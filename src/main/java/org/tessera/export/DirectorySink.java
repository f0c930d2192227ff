package org.tessera.export;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes package files into a directory (the temporary sibling of the target). Every file is forced to
 * disk in {@link #close()}, before the atomic move that publishes the package. NB: forcing once at the end
 * (not after each file) lets the kernel write back while copying goes on, as {@code dd conv=fdatasync} does;
 * the forces run a few at a time so the journal groups them ({@link Fsync}).
 */
public final class DirectorySink implements PackageSink {

	/** Threads reading and hashing files in {@link #copyAll}. */
	static final int COPIERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	private final Path root;
	private final boolean md5;
	private final List<Path> written = Collections.synchronizedList(new ArrayList<>());
	private final PipedWriter pipe = new PipedWriter();

	public DirectorySink(final Path root, final boolean md5) throws IOException {
		this.root = Files.createDirectories(root);
		this.md5 = md5;
	}

	/** NB: the file is written and closed by the {@link PipedWriter} thread; its digests are known on return. */
	@Override
	public Digests copy(final Path source, final String path) throws IOException {
		try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
			return pipe.copy(in, path, create(path), md5);
		}
	}

	/** NB: {@value #COPIERS} files are read and hashed at once (hashing is the most CPU an export spends). */
	@Override
	public void copyAll(final List<Path> sources, final List<String> paths, final Copied done) throws IOException {
		final ExecutorService pool = Executors.newFixedThreadPool(COPIERS);
		try {
			final List<Future<Digests>> copies = new ArrayList<>();
			for (int i = 0; i < sources.size(); i++) {
				final Path s = sources.get(i);
				final String p = paths.get(i);
				copies.add(pool.submit(() -> copy(s, p)));
			}
			for (int i = 0; i < copies.size(); i++) done.copied(i, PipedCopy.await(copies.get(i)));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Override
	public Digests write(final String path, final byte[] bytes) throws IOException {
		try (DirectFile out = create(path)) {
			return HashingCopy.copy(Channels.newChannel(new java.io.ByteArrayInputStream(bytes)), out, md5);
		}
	}

	/** Forces every written file, and the folders holding them, to disk ({@link Fsync}). */
	@Override
	public void close() throws IOException {
		pipe.close();
		Fsync.all(written);
	}

	private DirectFile create(final String path) throws IOException {
		final Path f = PackagePaths.resolve(root, path);
		Files.createDirectories(f.getParent());
		written.add(f);
		return DirectFile.create(f);
	}

}
