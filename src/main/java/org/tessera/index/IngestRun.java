package org.tessera.index;

import org.tessera.io.TesseraIOException;
import org.tessera.lineage.Entity;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Recorder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The state of one {@link Indexer} run: counts, failures, and when to commit next. */
final class IngestRun {

	/**
	 * A dataset read (documents, and when recording lineage the entities the index activity uses: the
	 * file and its records) or failed (reason).
	 */
	record Outcome(DatasetDocuments docs, List<Entity> used, IngestReport.Failure failure) {}

	private final CatalogWriter writer;
	private final Indexer.Options options;
	private final Indexer.Listener listener;
	private final IndexedFiles known;
	private final int total;
	private final Recorder lineage;
	private final List<IngestReport.Failure> failed = new ArrayList<>();
	private int indexed, skipped, written, sinceCommit;
	private long lastCommit = System.currentTimeMillis();
	private final String settings;

	IngestRun(final CatalogWriter writer, final Indexer.Options options, final Indexer.Listener listener,
		final IndexedFiles known, final int total, final Recorder lineage, final String settings)
	{
		this.settings = settings;
		this.lineage = lineage;
		this.writer = writer;
		this.options = options;
		this.listener = listener;
		this.known = known;
		this.total = total;
	}

	/**
	 * Reads one dataset on a worker thread, as a recorded "extract" activity unless {@code sink} is
	 * {@link LineageSink#NONE}; a failure becomes an outcome, never an exception.
	 */
	static Outcome read(final Path dataset, final FileStamp stamp, final boolean hash, final LineageSink sink,
		final DatasetVectors vectors)
	{
		try {
			if (sink != LineageSink.NONE) return ExtractActivity.read(dataset, stamp, hash, sink, vectors);
			return new Outcome(DatasetDocuments.read(dataset, stamp, hash, vectors), List.of(), null);
		}
		catch (final IOException | RuntimeException e) {
			return new Outcome(null, List.of(), new IngestReport.Failure(dataset.toString(), reason(e)));
		}
	}

	void skip() {
		skipped++;
		listener.progress(done(), total);
	}

	/** Writes one outcome and commits when due. */
	void write(final Outcome o) throws IOException {
		if (o.failure() != null) failed.add(o.failure());
		else {
			final DatasetDocuments d = o.docs();
			writer.replace(d.stamp().file(), d.docs());
			written++;
			if (lineage != null) o.used().forEach(lineage::input);
			// NB: content hashes unchanged (touched, copied back): the stamp is refreshed, the data is not new.
			final String file = d.stamp().file();
			if (options.hash() && d.ids().equals(known.ids().get(file)) && known.sameSettings(file, settings)) skipped++;
			else indexed++;
		}
		sinceCommit++;
		listener.progress(done(), total);
		if (sinceCommit >= options.commitEvery() || System.currentTimeMillis() - lastCommit >= options.commitMillis()) {
			writer.commit();
			sinceCommit = 0;
			lastCommit = System.currentTimeMillis();
			listener.committed(done());
		}
	}

	IngestReport report(final int removed, final boolean cancelled) {
		failed.sort(Indexer.byPath());
		return new IngestReport(indexed, skipped, removed, List.copyOf(failed), cancelled);
	}

	/** Datasets whose documents were written (new, changed or rewritten with the same content). */
	int written() {
		return written;
	}

	private int done() {
		return indexed + skipped + failed.size();
	}

	private static String reason(final Throwable e) {
		if (e instanceof TesseraIOException) return e.getMessage();
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}
}
