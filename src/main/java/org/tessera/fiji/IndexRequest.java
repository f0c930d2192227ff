package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.tessera.index.CatalogWriter;
import org.tessera.index.Indexer;
import org.tessera.index.IngestReport;

/**
 * One "Index Folder..." run, shared by {@link IndexFolderCommand} and {@link IndexFolderPlugin}:
 * incremental ingest of a folder into a catalogue, with progress and cancellation between datasets.
 *
 * @param folder the folder (or file) to index
 * @param catalog the catalogue folder
 * @param prune remove datasets under {@code folder} that no longer exist
 * @param hash stream every array for its content hash (stable ids; slower)
 */
public record IndexRequest(Path folder, Path catalog, boolean prune, boolean hash) {

	/** Hears how far the run is: {@code done} of {@code total} datasets. */
	@FunctionalInterface
	public interface Progress {

		void progress(int done, int total);
	}

	/**
	 * Runs the ingest. {@code canceled} is asked after every dataset; when it says yes, the run stops
	 * there and the catalogue keeps (commits) every dataset handled so far.
	 */
	public IndexSummary run(final BooleanSupplier canceled, final Progress progress) throws IOException {
		final Listener listener = new Listener(canceled, progress);
		final Indexer.Options o = new Indexer.Options(hash, prune, Indexer.Options.DEFAULT.commitEvery(),
			Indexer.Options.DEFAULT.commitMillis(), Indexer.Options.DEFAULT.threads());
		// NB: closing the writer commits; after a cancel that makes the datasets written so far durable.
		try (CatalogWriter w = CatalogWriter.open(catalog)) {
			final IngestReport r = new Indexer(w, o, listener).run(List.of(folder));
			return new IndexSummary(this, Optional.of(r), w.warnings(), listener.done, listener.total);
		}
		catch (final Canceled e) {
			return new IndexSummary(this, Optional.empty(), List.of(), listener.done, listener.total);
		}
	}

	// -- Helper classes --

	/** Thrown from the listener to leave {@link Indexer#run} between two datasets. */
	private static final class Canceled extends RuntimeException {

		Canceled() {
			super("indexing canceled", null, false, false);
		}
	}

	private static final class Listener implements Indexer.Listener {

		private final BooleanSupplier canceled;
		private final Progress progress;
		private int done, total;

		Listener(final BooleanSupplier canceled, final Progress progress) {
			this.canceled = canceled;
			this.progress = progress;
		}

		@Override
		public void progress(final int d, final int t) {
			done = d;
			total = t;
			progress.progress(d, t);
			// NB: the Indexer has no cancel hook; leaving by an exception stops it after this dataset.
			if (d < t && canceled.getAsBoolean()) throw new Canceled();
		}
	}
}
