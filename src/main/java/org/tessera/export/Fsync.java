package org.tessera.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes written files durable once, at the end of a package: every file's data is forced
 * ({@code fdatasync}) from a few threads at once, so the file system can batch them into a few journal
 * commits instead of one per file, and then every directory holding them is forced, so their names are
 * durable too. The export benchmark measures the disk with the same policy.
 */
public final class Fsync {

	/** NB: a few concurrent syncs are enough for the journal to group them; more only add seeks. */
	private static final int THREADS = 8;

	private Fsync() {}

	/** Forces every file's data, then every parent directory of them. */
	public static void all(final Collection<Path> files) throws IOException {
		final Set<Path> dirs = new LinkedHashSet<>();
		files.forEach(f -> dirs.add(f.getParent()));
		parallel(files, false);
		// NB: deepest directories first does not matter for durability: each is forced after its entries exist.
		parallel(dirs, true);
	}

	private static void parallel(final Collection<Path> paths, final boolean dirs) throws IOException {
		if (paths.isEmpty()) return;
		final ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, paths.size()));
		try {
			final List<Future<?>> done = new ArrayList<>();
			for (final Path p : paths) done.add(pool.submit(() -> force(p, dirs)));
			for (final Future<?> f : done) join(f);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void force(final Path p, final boolean dir) {
		try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
			ch.force(dir);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(p + ": cannot force to disk: " + e.getMessage(), e);
		}
	}

	private static void join(final Future<?> f) throws IOException {
		try {
			f.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ExportException("interrupted while forcing files to disk");
		}
		catch (final ExecutionException e) {
			if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
			throw new ExportException("cannot force files to disk: " + e.getCause());
		}
	}
}
