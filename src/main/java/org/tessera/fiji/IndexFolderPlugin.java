package org.tessera.fiji;

import ij.IJ;
import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ImageJ 1 face of "Index Folder...": {@code run("Index Folder...", "folder=[...] catalog=[...]
 * prune hash")} works in macros and is recorded; an empty {@code catalog} means the default
 * catalogue. Progress shows in the status bar; Esc stops after the current dataset (the catalogue
 * keeps what was indexed). The summary, listing every failed dataset and why, goes to the Log window.
 * See {@link IndexFolderCommand} for why this plugin owns the menu entry.
 */
public class IndexFolderPlugin implements PlugIn {

	private static final String PREF_FOLDER = "tessera.index-folder.folder";

	@Override
	public void run(final String arg) {
		final GenericDialog gd = new GenericDialog(IndexFolderCommand.LABEL);
		gd.addDirectoryField("folder", Prefs.get(PREF_FOLDER, ""), 40);
		CatalogLocation.addField(gd);
		gd.addCheckbox("prune", false);
		gd.addCheckbox("hash", true);
		// NB: fixed defaults (not Prefs) so that a macro without these keys always indexes without vectors.
		gd.addStringField("embedders", "", 30);
		gd.addNumericField("patches", 0, 0);
		gd.addMessage(CatalogLocation.hint() + "\nprune: forget vanished datasets; hash: content hashes as ids (reads"
			+ " every array)\nembedders: e.g. classical, wallpaper (vectors for Find Similar...); patches: tile size"
			+ " for region search, 0: none");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final String folder = gd.getNextString();
		Prefs.set(PREF_FOLDER, folder);
		final Path catalog = CatalogLocation.fromDialog(gd);
		final boolean prune = gd.getNextBoolean(), hash = gd.getNextBoolean();
		final IndexRequest req = new IndexRequest(Path.of(folder), catalog, prune, hash, IndexRequest.embedderList(gd
			.getNextString()), (int) gd.getNextNumber());
		try {
			IJ.resetEscape();
			final IndexSummary s = req.run(IJ::escapePressed, IndexFolderPlugin::progress);
			IJ.showProgress(1.0);
			IJ.showStatus(s.canceled() ? "Indexing canceled" : "Indexed " + s.done() + " datasets");
			s.lines().forEach(IJ::log);
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(IndexFolderCommand.LABEL, e.getMessage());
		}
	}

	private static void progress(final int done, final int total) {
		IJ.showProgress(done, total);
		IJ.showStatus("Indexing " + done + "/" + total + " (Esc cancels)");
	}
}
