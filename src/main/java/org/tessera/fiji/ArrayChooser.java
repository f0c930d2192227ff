package org.tessera.fiji;

import ij.gui.GenericDialog;

import java.util.List;
import java.util.Optional;

import org.tessera.fiji.DatasetOpener.Selection;
import org.tessera.io.Container;
import org.tessera.io.TesseraIOException;

/**
 * The second "Open Dataset..." dialog: which pyramid or array, and which level. Its fields are
 * labelled {@code array} and {@code level}, so a macro's {@code array=... level=...} options fill
 * it without showing it, and the ImageJ 1 recorder records it.
 */
final class ArrayChooser {

	private ArrayChooser() {}

	/**
	 * Asks which array to open; empty when the user cancels. Call only with a display (it is a
	 * dialog) or while a macro supplies the options.
	 */
	static Optional<Selection> ask(final Container c, final String array, final int level) throws java.io.IOException {
		final List<String> choices = DatasetOpener.choices(c);
		final String initial = array == null || array.isEmpty() ? DatasetOpener.defaultChoice(c) : array;
		final GenericDialog gd = new GenericDialog("Open Dataset: " + c.location().path().getFileName());
		gd.addChoice("array", choices.toArray(String[]::new), initial);
		gd.addNumericField("level", level, 0);
		gd.addMessage("level: pyramid level, -1 = the finest level that fits on the screen");
		gd.showDialog();
		if (gd.wasCanceled()) return Optional.empty();
		return Optional.of(new Selection(gd.getNextChoice(), (int) gd.getNextNumber()));
	}
}
