package org.tessera.fiji;

import ij.IJ;
import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ImageJ 1 face of "Reduce Dataset...": {@code run("Reduce Dataset...", "path=[...] array=[] preset=hyperspectral
 * axes=[] bf=0 adf=[]")} works in macros and is recorded. Results open as calibrated images and
 * spectrum plots; progress shows in the status bar and Esc cancels between chunks. See
 * {@link ReduceCommand} for why this plugin owns the menu entry.
 */
public class ReducePlugin implements PlugIn {

	private static final String PREF_PATH = "tessera.reduce.path";

	@Override
	public void run(final String arg) {
		final GenericDialog gd = new GenericDialog(ReduceCommand.LABEL);
		gd.addFileField("path", Prefs.get(PREF_PATH, ""), 40);
		gd.addStringField("array", "", 20);
		gd.addChoice("preset", ReduceRequest.PRESETS, "hyperspectral");
		gd.addStringField("axes", "", 20);
		gd.addNumericField("bf", 0, 1);
		gd.addStringField("adf", "", 12);
		gd.addMessage("axes: sum over these (names or indices) when preset is none; bf, adf: 4dstem radii");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final String path = gd.getNextString();
		Prefs.set(PREF_PATH, path);
		final ReduceRequest req = new ReduceRequest(Path.of(path), gd.getNextString(), gd.getNextChoice(),
			gd.getNextString(), gd.getNextNumber(), gd.getNextString());
		try {
			IJ.resetEscape();
			ResultImages.show(Path.of(path).getFileName().toString(), req.run(IJ::escapePressed,
				(done, total) -> IJ.showProgress((double) done / total)));
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(ReduceCommand.LABEL, e.getMessage());
		}
	}
}
