package org.tessera.fiji;

import ij.IJ;
import ij.Prefs;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The ImageJ 1 face of "Find Similar...": {@code run("Find Similar...", "catalog=[...] embedder=classical
 * filter=[format:zarr] k=10")} searches with the current image (its area selection: patches) and shows
 * the {@link SimilarBrowser}; in a headless macro it only keeps the hits for {@code Ext.getHit}. See
 * {@link FindSimilarCommand} for why this plugin owns the menu entry.
 */
public class FindSimilarPlugin implements PlugIn {

	private static final String PREF_EMBEDDER = "tessera.find-similar.embedder", PREF_FILTER =
		"tessera.find-similar.filter";

	@Override
	public void run(final String arg) {
		final List<String> names = SimilarRequest.embedderNames();
		if (names.isEmpty()) {
			IJ.error(FindSimilarCommand.LABEL, "no embedder is installed");
			return;
		}
		final GenericDialog gd = new GenericDialog(FindSimilarCommand.LABEL);
		CatalogLocation.addField(gd);
		gd.addChoice("embedder", names.toArray(String[]::new), Prefs.get(PREF_EMBEDDER, names.get(0)));
		gd.addStringField("filter", Prefs.get(PREF_FILTER, ""), 40);
		gd.addNumericField("k", 10, 0);
		gd.addMessage(CatalogLocation.hint() + "\nSearches with the current image's slice, or its selection's bounds"
			+ " among patches;\nfilter: e.g. format:zarr AND instrument.beamEnergy:[200kV TO 300kV]; empty: everything");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final Path catalog = CatalogLocation.fromDialog(gd);
		final String embedder = gd.getNextChoice(), filter = gd.getNextString();
		Prefs.set(PREF_EMBEDDER, embedder);
		Prefs.set(PREF_FILTER, filter);
		final int k = (int) gd.getNextNumber();
		// NB: record the run line now: showing the browser ends the recorder's pending command.
		Recorder.saveCommand();
		try {
			final SimilarBrowserModel m = new SimilarRequest(catalog, embedder, filter, k).run("", WindowManager
				.getCurrentImage());
			IJ.showStatus(m.hits().rows().size() + " hits " + m.hits().query());
			if (!java.awt.GraphicsEnvironment.isHeadless()) SimilarBrowser.show(m);
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(FindSimilarCommand.LABEL, e.getMessage());
		}
	}
}
