package org.tessera.fiji;

import ij.IJ;
import ij.WindowManager;
import ij.plugin.frame.Recorder;

import java.awt.EventQueue;
import java.awt.TextField;
import java.awt.Window;

/**
 * The main class of the child JVM that {@link ImageJ1SimilarGuiTest} runs on an Xvfb display: starts the
 * ImageJ 1 GUI, runs {@code macros/find_similar.ijm} and {@code macros/export_results.ijm}, then plays a
 * user who records a macro while running "Find Similar...", "Show Lineage..." and "Export..." from the
 * menus; prints the open browser windows and saves a screenshot.
 * <p>
 * Output lines: as {@link ImageJ1Harness} ({@code MENU}, {@code COMMAND}, {@code RESULT}, {@code LOG},
 * {@code RECORDED}), {@code BROWSER <title>} per similarity browser, {@code DONE}.
 * </p>
 * Arguments: catalogue, query dataset, export folder, screenshot PNG path, the record id for the lineage, the
 * folder of the macros (the child runs in a temporary folder).
 */
public final class ImageJ1SimilarHarness {

	private ImageJ1SimilarHarness() {}

	public static void main(final String[] args) {
		ImageJ1Harness.exitAfter(() -> run(args));
	}

	private static void run(final String[] args) throws Exception {
		ImageJ1Harness.startImageJ(FindSimilarCommand.LABEL, ShowLineageCommand.LABEL, ExportCommand.LABEL);
		IJ.runMacroFile(args[5] + "/find_similar.ijm", args[0] + "|" + args[1]);
		ImageJ1Harness.runMacro(args[5] + "/export_results.ijm", args[0] + "|format:zarr|" + args[2]);
		record(args[0], args[4], args[2]);
		for (final Window w : Window.getWindows()) {
			if (w instanceof SimilarBrowser b && b.isShowing()) System.out.println("BROWSER " + b.getTitle());
		}
		ImageJ1Harness.screenshot(args[3]);
		System.out.println("DONE");
	}

	/** Plugins > Macros > Record..., then the three commands through their dialogs. */
	private static void record(final String catalog, final String id, final String out) throws Exception {
		final Recorder recorder = new Recorder();
		run(recorder, ExportCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(catalog);
			((TextField) gd.getStringFields().get(1)).setText(out + "/recorded");
		});
		run(recorder, FindSimilarCommand.LABEL, gd -> ((TextField) gd.getStringFields().get(0)).setText(catalog));
		run(recorder, ShowLineageCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(catalog);
			((TextField) gd.getStringFields().get(1)).setText(id);
		});
		recorder.getText().lines().forEach(l -> System.out.println("RECORDED " + l));
		EventQueue.invokeAndWait(() -> WindowManager.getFrame("Log").setBounds(0, 870, 1280, 150));
	}

	/**
	 * Runs one menu command through its dialog and waits for its run line. NB: ImageJ 1's recorder holds one
	 * pending command shared by all threads; on a loaded machine a line was once lost (CI, 2 cores busy), so a
	 * missing line is retried once and said (RETRY): the test still fails if the command never records.
	 */
	private static void run(final Recorder recorder, final String label,
		final java.util.function.Consumer<ij.gui.GenericDialog> fill) throws Exception
	{
		for (int attempt = 0; attempt < 2; attempt++) {
			if (attempt > 0) System.out.println("RETRY " + label);
			IJ.doCommand(label);
			DialogDriver.answer(label, fill);
			await(recorder, label);
			if (recorder.getText().contains("run(\"" + label + "\"")) return;
		}
	}

	/**
	 * Waits up to 20 s for the recorder's run line of {@code label}, then up to 20 s for the command's
	 * thread to end. NB: the recorder has one pending command; a command that ends while the next one's
	 * dialog is open would save that one without its options.
	 */
	private static void await(final Recorder recorder, final String label) throws InterruptedException {
		for (int i = 0; i < 400 && !recorder.getText().contains("run(\"" + label + "\""); i++) Thread.sleep(50);
		for (int i = 0; i < 400 && Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(label)
			&& t.isAlive()); i++) Thread.sleep(50);
	}
}
