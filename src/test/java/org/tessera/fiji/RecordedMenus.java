package org.tessera.fiji;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

import java.util.function.Consumer;

/**
 * Plays a user running menu commands through their dialogs while the macro recorder is open, in the GUI
 * harnesses' child JVMs.
 * <p>
 * NB: ImageJ 1's recorder holds one pending command shared by all threads. On CI a run line was lost now
 * and then (twice in ~10 runs, in different tests, with the previous command's thread already gone), so a
 * missing line is retried once and said ({@code RETRY <label>}): a command that never records still fails.
 * </p>
 */
final class RecordedMenus {

	private RecordedMenus() {}

	/** Runs {@code label} from the menus, fills its dialog, and waits for its run line (one retry). */
	static void run(final Recorder recorder, final String label, final Consumer<GenericDialog> fill) throws Exception {
		for (int attempt = 0; attempt < 2; attempt++) {
			if (attempt > 0) System.out.println("RETRY " + label);
			IJ.doCommand(label);
			DialogDriver.answer(label, fill);
			await(recorder, label);
			if (recorded(recorder, label)) return;
		}
	}

	/**
	 * Waits up to 20 s for the recorder's run line of {@code label}, then up to 20 s for the command's
	 * thread to end (a command ending while the next one's dialog is open would save that one early).
	 */
	private static void await(final Recorder recorder, final String label) throws InterruptedException {
		for (int i = 0; i < 400 && !recorded(recorder, label); i++) Thread.sleep(50);
		for (int i = 0; i < 400 && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(label)
			&& t.isAlive()); i++) Thread.sleep(50);
	}

	private static boolean recorded(final Recorder recorder, final String label) {
		return recorder.getText().contains("run(\"" + label + "\"");
	}
}
