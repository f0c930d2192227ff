package org.tessera.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import ij.plugin.frame.Recorder;

import java.io.IOException;
import java.util.List;

import org.tessera.lineage.Activity;

/**
 * The ImageJ 1 face of "Show Lineage...": {@code run("Show Lineage...", "catalog=[...] subject=[...]
 * direction=both")} shows the lineage graph of the subject (blank: the current image's dataset) as an
 * image whose Info holds the PROV-JSON. Headless ImageJ prints the text (the {@code format} option) to
 * the Log instead. See {@link ShowLineageCommand} for why this plugin owns the menu entry.
 */
public class ShowLineagePlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		final GenericDialog gd = new GenericDialog(ShowLineageCommand.LABEL);
		CatalogLocation.addField(gd);
		gd.addStringField("subject", "", 40);
		gd.addChoice("format", LineageLookup.FORMATS.toArray(String[]::new), "json");
		gd.addChoice("direction", new String[] { "both", "upstream", "downstream" }, "both");
		gd.addMessage(CatalogLocation.hint() + "\nsubject: a dataset path, record id, sha256:… or urn:uuid:…;"
			+ " empty: the current image's dataset");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final java.nio.file.Path catalog = CatalogLocation.fromDialog(gd);
		final String subject = gd.getNextString(), format = gd.getNextChoice();
		final LineageRequest r = new LineageRequest(catalog, subject, LineageLookup.Direction.of(gd.getNextChoice()));
		Recorder.saveCommand();
		try {
			final ImagePlus current = WindowManager.getCurrentImage();
			final List<Activity> found = r.activities(current);
			if (java.awt.GraphicsEnvironment.isHeadless()) IJ.log(LineageLookup.text(found, format));
			else LineagePicture.of(r.title(current), found, true).show();
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(ShowLineageCommand.LABEL, e.getMessage());
		}
	}
}
