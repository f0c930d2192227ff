package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.tessera.embed.EmbedOptions;
import org.tessera.index.CatalogWriter;
import org.tessera.index.Indexer;
import org.tessera.index.IngestReport;
import org.tessera.index.LineageStore;

/**
 * One "Index Folder..." run, shared by {@link IndexFolderCommand} and {@link IndexFolderPlugin}:
 * incremental ingest of a folder into a catalogue, with progress and cancellation between datasets,
 * recording its lineage in the catalogue.
 *
 * @param folder the folder (or file) to index
 * @param catalog the catalogue folder
 * @param prune remove datasets under {@code folder} that no longer exist
 * @param hash stream every array for its content hash (stable ids; slower)
 * @param embedders embedder names whose vectors "Find Similar..." searches (none: no vectors)
 * @param patches tile side of the patch documents region searches find (0: none)
 */
public record IndexRequest(Path folder, Path catalog, boolean prune, boolean hash, List<String> embedders,
	int patches)
{

	/** Embedder names from a dialog or macro field: comma- or space-separated, blank for none. */
	public static List<String> embedderList(final String names) {
		return names == null || names.isBlank() ? List.of() : List.of(names.trim().split("[,\\s]+"));
	}

	/** A run without vectors. */
	public IndexRequest(final Path folder, final Path catalog, final boolean prune, final boolean hash) {
		this(folder, catalog, prune, hash, List.of(), 0);
	}

	/** Hears how far the run is: {@code done} of {@code total} datasets. */
	@FunctionalInterface
	public interface Progress {

		void progress(int done, int total);
	}

	/**
	 * Runs the ingest. {@code canceled} is asked before every dataset but the first; when it says yes,
	 * the run starts no more datasets, finishes those being read, and the catalogue keeps (commits)
	 * every dataset handled so far; the summary still lists the datasets that failed.
	 */
	public IndexSummary run(final BooleanSupplier canceled, final Progress progress) throws IOException {
		final Listener listener = new Listener(canceled, progress);
		final Indexer.Options o = new Indexer.Options(hash, prune, Indexer.Options.DEFAULT.commitEvery(),
			Indexer.Options.DEFAULT.commitMillis(), Indexer.Options.DEFAULT.threads()).withEmbedding(embedding());
		try (CatalogWriter w = CatalogWriter.open(catalog)) {
			// NB: like `tessera index`: the extract and index activities go into the same commits ("Show Lineage...").
			final IngestReport r = new Indexer(w, o, listener, LineageStore.batched(w)).run(List.of(folder));
			return new IndexSummary(this, r, w.warnings(), listener.done, listener.total);
		}
	}

	private Indexer.Embedding embedding() {
		final java.util.Map<String, EmbedOptions> e = new java.util.LinkedHashMap<>();
		embedders.forEach(n -> e.put(n, EmbedOptions.DEFAULT));
		return new Indexer.Embedding(e, patches, 0);
	}

	// -- Helper classes --

	private static final class Listener implements Indexer.Listener {

		private final BooleanSupplier canceled;
		private final Progress progress;
		private int done, total, asked;

		Listener(final BooleanSupplier canceled, final Progress progress) {
			this.canceled = canceled;
			this.progress = progress;
		}

		@Override
		public void progress(final int d, final int t) {
			done = d;
			total = t;
			progress.progress(d, t);
		}

		@Override
		public boolean cancelled() {
			// NB: the first dataset always starts, as when the user was asked after each dataset.
			return asked++ > 0 && canceled.getAsBoolean();
		}
	}
}
