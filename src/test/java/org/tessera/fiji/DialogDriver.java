package org.tessera.fiji;

import ij.gui.GenericDialog;

import java.awt.Button;
import java.awt.EventQueue;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.util.function.Consumer;

/**
 * Plays the user in GUI tests: waits for an ImageJ 1 {@link GenericDialog} to show, fills it in,
 * and presses OK, all on the event dispatch thread.
 */
final class DialogDriver {

	private DialogDriver() {}

	/**
	 * Waits up to 20 s for a visible dialog whose title starts with {@code titlePrefix}, applies
	 * {@code fill} to it and presses OK.
	 *
	 * @throws IllegalStateException when no such dialog shows up
	 */
	static void answer(final String titlePrefix, final Consumer<GenericDialog> fill) throws Exception {
		final GenericDialog gd = await(titlePrefix);
		EventQueue.invokeAndWait(() -> {
			fill.accept(gd);
			gd.actionPerformed(new ActionEvent(ok(gd), ActionEvent.ACTION_PERFORMED, "OK"));
		});
	}

	// -- Helper methods --

	private static GenericDialog await(final String titlePrefix) throws InterruptedException {
		for (int i = 0; i < 400; i++) {
			for (final Window w : Window.getWindows()) {
				if (w instanceof GenericDialog gd && gd.isShowing() && gd.getTitle().startsWith(titlePrefix)) return gd;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("no dialog titled '" + titlePrefix + "...' showed up within 20 s");
	}

	private static Button ok(final GenericDialog gd) {
		for (final Button b : gd.getButtons()) {
			if (b != null && "OK".equals(b.getLabel().trim())) return b;
		}
		throw new IllegalStateException("dialog '" + gd.getTitle() + "' has no OK button");
	}
}
