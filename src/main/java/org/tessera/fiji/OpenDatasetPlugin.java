package org.tessera.fiji;

import ij.IJ;
import ij.ImagePlus;
import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.tessera.fiji.DatasetOpener.Selection;

/**
 * The ImageJ 1 face of "Open Dataset...": {@code run("Open Dataset...", "path=[...] array=[...]
 * level=-1")} works in plain ImageJ 1 and in Fiji, and the recorder records it. The first dialog
 * asks for {@code path}; when the dataset holds several arrays a second one ({@link ArrayChooser})
 * asks for {@code array} and {@code level}. A macro's options fill both without showing them.
 * <p>
 * NB: this plugin, listed in {@code plugins.config}, is the ONLY menu entry for the label; the
 * SciJava {@link OpenDatasetCommand} deliberately has no {@code menuPath} so that Fiji's
 * imagej-legacy does not mirror a second "Open Dataset..." into the menus. Both share
 * {@link DatasetOpener}.
 * </p>
 */
public class OpenDatasetPlugin implements PlugIn {

	private static final String PREF_PATH = "tessera.open-dataset.path";

	@Override
	public void run(final String arg) {
		final GenericDialog gd = new GenericDialog(OpenDatasetCommand.LABEL);
		gd.addFileField("path", Prefs.get(PREF_PATH, ""), 40);
		gd.addMessage("A Zarr or N5 folder: pick its .zattrs, zarr.json or attributes.json");
		gd.showDialog();
		if (gd.wasCanceled()) return;
		final String path = gd.getNextString();
		Prefs.set(PREF_PATH, path);
		try {
			final Optional<ImagePlus> imp = DatasetOpener.open(Path.of(path), c -> DatasetOpener.choices(c).size() > 1
				? ArrayChooser.ask(c, "", -1) : Optional.of(new Selection("", -1)), IJ.getScreenSize().width,
				IJ.getScreenSize().height);
			imp.ifPresent(ImagePlus::show);
		}
		catch (final IOException | RuntimeException e) {
			IJ.error(OpenDatasetCommand.LABEL, e.getMessage());
		}
	}
}
