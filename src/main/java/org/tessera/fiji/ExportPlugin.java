package org.tessera.fiji;

import ij.IJ;
import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;

import java.io.IOException;
import java.nio.file.Path;

import org.tessera.export.ExportResult;

/**
 * The ImageJ 1 face of "Export...": {@code run("Export...", "catalog=[...] type=rocrate target=[/tmp/x.zip]
 * from=results records=[]")} writes the package and logs what it wrote; progress shows in the status bar.
 * See {@link ExportCommand} for why this plugin owns the menu entry and what the options mean.
 */
public class ExportPlugin implements PlugIn {

	private static final String PREF_TARGET = "tessera.export.target", PREF_TYPE = "tessera.export.type";

	@Override
	public void run(final String arg) {
		final GenericDialog gd = new GenericDialog(ExportCommand.LABEL);
		CatalogLocation.addField(gd);
		final String[] types = ExportRequest.types().toArray(String[]::new);
		gd.addChoice("type", types, Prefs.get(PREF_TYPE, types.length > 0 ? types[0] : ""));
		gd.addStringField("target", Prefs.get(PREF_TARGET, ""), 40);
		gd.addChoice("from", ExportRequest.SOURCES.toArray(String[]::new), "results");
		gd.addStringField("records", "", 40);
		gd.addStringField("token", "", 40);
		gd.addMessage(CatalogLocation.hint() + "\ntarget: a folder or .zip (rocrate), a folder (bagit), an OCFL root,"
			+ " a repository URL (zenodo)\nfrom results: the hits on show; query: records = a query; ids: records = ids"
			+ "\ntoken: a file with the repository token (else $TESSERA_ZENODO_TOKEN)");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final Path catalog = CatalogLocation.fromDialog(gd);
		final String type = gd.getNextChoice(), target = gd.getNextString(), from = gd.getNextChoice();
		final String records = gd.getNextString(), token = gd.getNextString();
		Prefs.set(PREF_TYPE, type);
		Prefs.set(PREF_TARGET, target);
		// NB: record the run line now, as "Search Catalog..." does: a long export must not lose its options.
		Recorder.saveCommand();
		try {
			final ExportResult r = new ExportRequest(catalog, type, target, ExportRequest.ids(catalog, from, records), token)
				.run(IJ::showProgress);
			IJ.showProgress(1.0);
			IJ.log(ExportCommand.LABEL + " " + r.files() + " files to " + r.target());
			IJ.showStatus("Exported " + r.files() + " files");
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(ExportCommand.LABEL, e.getMessage());
		}
	}
}
