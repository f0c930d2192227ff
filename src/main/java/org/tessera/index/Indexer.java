package org.tessera.index;

import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Recorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
	 * @param embedding the embedders and patch settings ({@link Embedding#NONE}: no vectors)
	 */
	public record Options(boolean hash, boolean prune, int commitEvery, long commitMillis, int threads,
		Embedding embedding)
	{

		public static final Options DEFAULT = new Options(true, false, 500, 10_000,
			Math.max(1, Runtime.getRuntime().availableProcessors()));

		/** Options without vectors. */
		public Options(final boolean hash, final boolean prune, final int commitEvery, final long commitMillis,
			final int threads)
		{
			this(hash, prune, commitEvery, commitMillis, threads, Embedding.NONE);
		}

		/** These options with {@code e}. */
		public Options withEmbedding(final Embedding e) {
			return new Options(hash, prune, commitEvery, commitMillis, threads, e);
		}
	}

	/**
	 * Which embedders vectorise each array, and the patch documents.
	 *
	 * @param embedders stable embedder names and how to run each, in order
	 * @param patchSize tile side (pixels at {@code patchLevel}) of the patch documents; 0 for none
	 * @param patchLevel the pyramid level patches are cut from (the coarsest when there are fewer)
	 */
	public record Embedding(Map<String, EmbedOptions> embedders, int patchSize, int patchLevel) {

		/** No vectors, no patches. */
		public static final Embedding NONE = new Embedding(Map.of(), 0, 0);

		public Embedding {
			if (patchSize < 0 || patchSize == 1 || patchLevel < 0) throw new IllegalArgumentException(
				"patch size must be 0 (off) or >= 2 and level >= 0 (got " + patchSize + ", " + patchLevel + ")");
			if (patchSize > 0 && embedders.isEmpty()) throw new IllegalArgumentException(
				"patches need at least one embedder (--embedder NAME)");
			embedders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(embedders));
		}
	}

	/** Hears about progress (on the calling thread). */
	public interface Listener {

		/** {@code done} of {@code total} datasets handled. */
		default void progress(final int done, final int total) {}

		/** A commit made {@code done} datasets durable. */
		default void committed(final int done) {}

		/**
		 * Asked before each dataset is started; once true, the run starts no more datasets, writes
		 * those already being read, commits without pruning and reports itself cancelled.
		 */
		default boolean cancelled() {
			return false;
		}
	}

	private final CatalogWriter writer;
	private final Options options;
	private final Listener listener;
	private final LineageSink lineage;

	/** An indexer that records no lineage. */
	public Indexer(final CatalogWriter writer, final Options options, final Listener listener) {
		this(writer, options, listener, LineageSink.NONE);
	}

	/**
	 * An indexer that records an "extract" activity per dataset read and one "index" activity per run
	 * that wrote anything into {@code lineage} (usually {@link LineageStore#batched} on the same writer,
	 * so each commit holds the records and the activities that made them). NB: the embedding stage
	 * records its own "embed" activities into the same sink ({@link #lineage()}), with the embedder's
	 * name and the model's SHA-256 as components.
	 */
	public Indexer(final CatalogWriter writer, final Options options, final Listener listener,
		final LineageSink lineage)
	{
		this.writer = writer;
		this.options = options;
		this.listener = listener;
		this.lineage = lineage;
	}

	/** Where this indexer records lineage ({@link LineageSink#NONE} when it does not). */
	public LineageSink lineage() {
		return lineage;
	}

	/** Indexes every dataset under {@code paths}; the last commit holds everything on return. */
	public IngestReport run(final List<Path> paths) throws IOException {
		final IndexedFiles known;
		try (var reader = writer.reader()) {
			known = IndexedFiles.of(reader);
		}
		final List<Path> datasets = DatasetWalker.walk(paths);
		final Recorder index = lineage == LineageSink.NONE ? null : IndexActivity.start(lineage, options, paths);
		final List<Embedder> embedders = embedders();
		try {
			final DatasetVectors vectors = new DatasetVectors(embedders, options.embedding().patchSize(),
				options.embedding().patchLevel(), lineage);
			final IngestRun run = new IngestRun(writer, options, listener, known, datasets.size(), index, vectors.settings());
			final boolean cancelled = ingest(run, known, datasets, vectors);
			final int removed = options.prune() && !cancelled ? prune(known, datasets, paths) : 0;
			writer.commit();
			final IngestReport report = run.report(removed, cancelled);
			if (index != null) IndexActivity.finish(index, writer, run.written() + removed);
			return report;
		}
		catch (final IOException | RuntimeException e) {
			if (index != null) index.fail(e);
			throw e;
		}
		finally {
			embedders.forEach(Embedder::close);
		}
	}

	/** Makes the embedders and declares their dimensions to the writer (which refuses a mismatch). */
	private List<Embedder> embedders() throws IOException {
		final List<Embedder> out = new ArrayList<>();
		try {
			for (final Map.Entry<String, EmbedOptions> e : options.embedding().embedders().entrySet()) {
				out.add(Embedders.create(e.getKey(), e.getValue()));
				writer.declareEmbedder(e.getKey(), out.get(out.size() - 1).dimension());
			}
			return out;
		}
		catch (final IOException | RuntimeException e) {
			out.forEach(Embedder::close);
			throw e;
		}
	}

	/** Reads and writes every changed dataset until done or cancelled; true when cancelled. */
	private boolean ingest(final IngestRun run, final IndexedFiles known, final List<Path> datasets,
		final DatasetVectors vectors) throws IOException
	{
		final ExecutorService pool = Executors.newFixedThreadPool(options.threads());
		try {
			final Deque<Future<IngestRun.Outcome>> inFlight = new ArrayDeque<>();
			boolean cancelled = false;
			for (final Path d : datasets) {
				cancelled = listener.cancelled();
				if (cancelled) break;
				final FileStamp stamp = FileStamp.of(d);
				// NB: an unchanged dataset is read again when this run wants other embedders or patches.
				if (stamp.sameAs(known.stamps().get(stamp.file())) && known.sameSettings(stamp.file(), vectors.settings())) {
					run.skip();
					continue;
				}
				inFlight.add(pool.submit(() -> IngestRun.read(d, stamp, options.hash(), lineage, vectors)));
				while (inFlight.size() > options.threads() * 4) run.write(await(inFlight.poll()));
			}
			// NB: datasets already being read are written even after a cancel: their work is done.
			while (!inFlight.isEmpty()) run.write(await(inFlight.poll()));
			return cancelled;
		}
		finally {
			pool.shutdownNow();
		}
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
