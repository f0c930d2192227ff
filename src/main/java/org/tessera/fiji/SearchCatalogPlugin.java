package org.tessera.fiji;

import ij.IJ;
import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ImageJ 1 face of "Search Catalog...": {@code run("Search Catalog...", "catalog=[...]
 * query=[format:zarr] k=10")} works in macros and is recorded; an empty {@code catalog} means the
 * default catalogue. It shows the {@link SearchTable} (double-click a row to open its dataset) and
 * the {@link ThumbnailStack}, and keeps the hits for {@code Ext.tesseraHitCount()} and friends.
 * See {@link SearchCatalogCommand} for why this plugin owns the menu entry.
 */
public class SearchCatalogPlugin implements PlugIn {

	private static final String PREF_QUERY = "tessera.search-catalog.query";

	@Override
	public void run(final String arg) {
		final GenericDialog gd = new GenericDialog(SearchCatalogCommand.LABEL);
		CatalogLocation.addField(gd);
		gd.addStringField("query", Prefs.get(PREF_QUERY, ""), 40);
		gd.addNumericField("k", 10, 0);
		gd.addMessage(CatalogLocation.hint() + "\nquery: e.g. format:zarr AND instrument.beamEnergy:[200kV TO 300kV],"
			+ " acquired:[2021-01-01 TO 2021-12-31]; empty: everything");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final Path catalog = CatalogLocation.fromDialog(gd);
		final String query = gd.getNextString();
		Prefs.set(PREF_QUERY, query);
		final int k = (int) gd.getNextNumber();
		// NB: record the run line now: showing the results table ends the recorder's pending command.
		Recorder.saveCommand();
		try {
			SearchTable.show(CatalogHits.search(catalog, query, k));
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(SearchCatalogCommand.LABEL, e.getMessage());
		}
	}
}
