package org.tessera.fiji;

import ij.WindowManager;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.Optional;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * "Find Similar...": the catalogue's arrays most like an image (its area selection: the most similar
 * patches), by one or more embedders, within an optional metadata filter. With a display the hits show
 * in the {@link SimilarBrowser}; headless they are returned ({@link #model()}, {@code count},
 * {@code firstPath}, {@code firstScore}) and kept for {@code Ext.getHit}.
 * <p>
 * NB: no {@code menuPath}, for the reason given in {@link OpenDatasetCommand}: the menu entry is the
 * ImageJ 1 plugin {@link FindSimilarPlugin}, listed in {@code plugins.config}.
 * </p>
 */
@Plugin(type = Command.class, name = FindSimilarCommand.NAME, label = FindSimilarCommand.LABEL, headless = true)
public class FindSimilarCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.find-similar";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Find Similar...";

	@Parameter(label = "Catalogue (empty: default)", required = false, persist = false)
	private String catalog = "";

	@Parameter(label = "Image title, file or record id (empty: current image)", required = false, persist = false)
	private String image = "";

	@Parameter(label = "Embedder (names, comma-separated)", persist = false)
	private String embedder = "classical";

	@Parameter(label = "Metadata filter (e.g. format:zarr)", required = false, persist = false)
	private String filter = "";

	@Parameter(label = "Hits", min = "1", persist = false)
	private int k = 10;

	@Parameter(type = ItemIO.OUTPUT)
	private int count;

	@Parameter(type = ItemIO.OUTPUT)
	private String firstPath;

	@Parameter(type = ItemIO.OUTPUT)
	private double firstScore;

	@Parameter
	private LogService log;

	private SimilarBrowserModel model;

	/** The browsing state, after a successful run. */
	public Optional<SimilarBrowserModel> model() {
		return Optional.ofNullable(model);
	}

	// -- Runnable methods --

	@Override
	public void run() {
		try {
			model = new SimilarRequest(CatalogLocation.resolve(catalog), embedder, filter, k).run(image, WindowManager
				.getCurrentImage());
			final CatalogHits hits = model.hits();
			count = hits.rows().size();
			firstPath = count == 0 ? "" : hits.field(0, "path");
			firstScore = count == 0 ? Double.NaN : hits.rows().get(0).hit().score();
			if (!GraphicsEnvironment.isHeadless()) SimilarBrowser.show(model);
		}
		catch (final IOException | RuntimeException e) {
			log.error(LABEL + ": " + e.getMessage());
			cancel(e.getMessage());
		}
	}
}
