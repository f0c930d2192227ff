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
		RecordedMenus.run(recorder, ExportCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(catalog);
			((TextField) gd.getStringFields().get(1)).setText(out + "/recorded");
		});
		RecordedMenus.run(recorder, FindSimilarCommand.LABEL, gd -> ((TextField) gd.getStringFields().get(0)).setText(catalog));
		RecordedMenus.run(recorder, ShowLineageCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(catalog);
			((TextField) gd.getStringFields().get(1)).setText(id);
		});
		recorder.getText().lines().forEach(l -> System.out.println("RECORDED " + l));
		EventQueue.invokeAndWait(() -> WindowManager.getFrame("Log").setBounds(0, 870, 1280, 150));
	}
}
