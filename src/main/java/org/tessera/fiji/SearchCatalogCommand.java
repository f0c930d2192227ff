package org.tessera.fiji;

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
 * "Search Catalog...": runs a query (Lucene syntax over the catalogue's fields, units and dates
 * accepted) and, with a display, shows the results table and the thumbnail stack. Headless, the
 * hits are returned ({@link #hits()}, {@code count}, {@code total}, {@code firstPath}).
 * <p>
 * NB: no {@code menuPath}, for the reason given in {@link OpenDatasetCommand}: the menu entry is
 * the ImageJ 1 plugin {@link SearchCatalogPlugin}, listed in {@code plugins.config}.
 * </p>
 */
@Plugin(type = Command.class, name = SearchCatalogCommand.NAME, label = SearchCatalogCommand.LABEL, headless = true)
public class SearchCatalogCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.search-catalog";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Search Catalog...";

	@Parameter(label = "Catalogue (empty: default)", required = false, persist = false)
	private String catalog = "";

	@Parameter(label = "Query (e.g. format:zarr AND instrument.beamEnergy:[200kV TO 300kV])", required = false,
		persist = false)
	private String query = "";

	@Parameter(label = "Hits to show", min = "0", persist = false)
	private int k = 10;

	@Parameter(type = ItemIO.OUTPUT)
	private int count;

	@Parameter(type = ItemIO.OUTPUT)
	private long total;

	@Parameter(type = ItemIO.OUTPUT)
	private String firstPath;

	@Parameter
	private LogService log;

	private CatalogHits hits;

	/** The hits, after a successful run. */
	public Optional<CatalogHits> hits() {
		return Optional.ofNullable(hits);
	}

	// -- Runnable methods --

	@Override
	public void run() {
		try {
			hits = CatalogHits.search(CatalogLocation.resolve(catalog), query, k);
			count = hits.rows().size();
			total = hits.total();
			firstPath = count == 0 ? "" : hits.field(0, "path");
			if (!GraphicsEnvironment.isHeadless()) SearchTable.show(hits);
		}
		catch (final IOException | RuntimeException e) {
			log.error(LABEL + ": " + e.getMessage());
			cancel(e.getMessage());
		}
	}
}
