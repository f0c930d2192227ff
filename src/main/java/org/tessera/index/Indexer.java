package org.tessera.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Incremental ingest of files and folders into a catalogue: unchanged datasets (same size and
 * mtime) are skipped, changed ones re-read and replaced (counted as skipped when their content
 * hashes are unchanged), vanished ones removed when pruning. Datasets are read on worker threads;
 * each dataset's documents go in as one block, and commits (every {@code commitEvery} datasets or
 * {@code commitMillis}) are atomic, so a killed run leaves the last commit whole and the next run
 * skips what it holds. A dataset that fails is reported and never stops the run.
 */
public final class Indexer {

	/**
	 * @param hash stream every array for its content SHA-256 (the stable id)
	 * @param prune remove datasets under the given paths that no longer exist
	 * @param commitEvery datasets between commits
	 * @param commitMillis milliseconds between commits
	 * @param threads reader threads
	 */
	public record Options(boolean hash, boolean prune, int commitEvery, long commitMillis, int threads) {

		public static final Options DEFAULT = new Options(true, false, 500, 10_000,
			Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	/** Hears about progress (on the calling thread). */
	public interface Listener {

		/** {@code done} of {@code total} datasets handled. */
		default void progress(final int done, final int total) {}

		/** A commit made {@code done} datasets durable. */
		default void committed(final int done) {}
	}

	private final CatalogWriter writer;
	private final Options options;
	private final Listener listener;

	public Indexer(final CatalogWriter writer, final Options options, final Listener listener) {
		this.writer = writer;
		this.options = options;
		this.listener = listener;
	}

	/** Indexes every dataset under {@code paths}; the last commit holds everything on return. */
	public IngestReport run(final List<Path> paths) throws IOException {
		final IndexedFiles known;
		try (var reader = writer.reader()) {
			known = IndexedFiles.of(reader);
		}
		final List<Path> datasets = DatasetWalker.walk(paths);
		final IngestRun run = new IngestRun(writer, options, listener, known, datasets.size());
		final ExecutorService pool = Executors.newFixedThreadPool(options.threads());
		try {
			final Deque<Future<IngestRun.Outcome>> inFlight = new ArrayDeque<>();
			for (final Path d : datasets) {
				final FileStamp stamp = FileStamp.of(d);
				if (stamp.sameAs(known.stamps().get(stamp.file()))) {
					run.skip();
					continue;
				}
				inFlight.add(pool.submit(() -> IngestRun.read(d, stamp, options.hash())));
				while (inFlight.size() > options.threads() * 4) run.write(await(inFlight.poll()));
			}
			while (!inFlight.isEmpty()) run.write(await(inFlight.poll()));
		}
		finally {
			pool.shutdownNow();
		}
		final int removed = options.prune() ? prune(known, datasets, paths) : 0;
		writer.commit();
		return run.report(removed);
	}

	private int prune(final IndexedFiles known, final List<Path> datasets, final List<Path> roots) throws IOException {
		final Set<String> present = new HashSet<>();
		datasets.forEach(d -> present.add(d.toString()));
		int removed = 0;
		for (final String file : known.stamps().keySet()) {
			if (!present.contains(file) && under(file, roots)) {
				writer.remove(file);
				removed++;
			}
		}
		return removed;
	}

	private static boolean under(final String file, final List<Path> roots) {
		final Path f = Path.of(file);
		return roots.stream().map(r -> r.toAbsolutePath().normalize()).anyMatch(f::startsWith);
	}

	private static IngestRun.Outcome await(final Future<IngestRun.Outcome> f) throws IOException {
		try {
			return f.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("indexing interrupted", e);
		}
		catch (final ExecutionException e) {
			if (e.getCause() instanceof IOException io) throw io;
			throw new UncheckedIOException(new IOException(e.getCause()));
		}
	}

	static Comparator<IngestReport.Failure> byPath() {
		return Comparator.comparing(IngestReport.Failure::path);
	}
}
