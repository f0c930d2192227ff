package org.tessera.fiji;

import ij.IJ;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.Optional;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * "Index Folder...": incremental ingest of a folder into a catalogue (unchanged datasets are
 * skipped). The summary, with every failed dataset and why, goes to the log ({@code summary} output).
 * <p>
 * NB: no {@code menuPath}, for the reason given in {@link OpenDatasetCommand}: the menu entry is
 * the ImageJ 1 plugin {@link IndexFolderPlugin}, listed in {@code plugins.config}.
 * </p>
 */
@Plugin(type = Command.class, name = IndexFolderCommand.NAME, label = IndexFolderCommand.LABEL, headless = true)
public class IndexFolderCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.index-folder";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Index Folder...";

	@Parameter(label = "Folder to index", style = FileWidget.DIRECTORY_STYLE)
	private File folder;

	@Parameter(label = "Catalogue (empty: default)", required = false, persist = false)
	private String catalog = "";

	@Parameter(label = "Remove vanished datasets", required = false, persist = false)
	private boolean prune;

	@Parameter(label = "Content hashes (stable ids)", required = false, persist = false)
	private boolean hash = true;

	@Parameter(label = "Embedders (e.g. classical, wallpaper; empty: no vectors)", required = false, persist = false)
	private String embedders = "";

	@Parameter(label = "Patch size for region search (0: none)", min = "0", required = false, persist = false)
	private int patches;

	@Parameter(type = ItemIO.OUTPUT)
	private String summary;

	@Parameter
	private LogService log;

	private IndexSummary result;

	/** What the run did, after it ran. */
	public Optional<IndexSummary> result() {
		return Optional.ofNullable(result);
	}

	// -- Runnable methods --

	@Override
	public void run() {
		final boolean headless = GraphicsEnvironment.isHeadless();
		final IndexRequest req = new IndexRequest(folder.toPath(), CatalogLocation.resolve(catalog), prune, hash,
			IndexRequest.embedderList(embedders), patches);
		try {
			result = req.run(this::isCanceled, headless ? (d, t) -> {} : IJ::showProgress);
			summary = String.join("\n", result.lines());
			result.lines().forEach(l -> log.info(l));
		}
		catch (final IOException | RuntimeException e) {
			log.error(LABEL + ": " + e.getMessage());
			cancel(e.getMessage());
		}
	}
}
