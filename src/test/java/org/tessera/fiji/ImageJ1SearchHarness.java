package org.tessera.fiji;

import ij.IJ;
import ij.WindowManager;
import ij.plugin.frame.Recorder;
import ij.text.TextPanel;
import ij.text.TextWindow;

import java.awt.Checkbox;
import java.awt.Canvas;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.TextField;
import java.awt.event.MouseEvent;
import java.util.Arrays;

/**
 * The main class of the child JVM that {@link ImageJ1SearchGuiTest} runs on an Xvfb display: starts
 * the ImageJ 1 GUI, runs {@code macros/search_catalog.ijm} (Index Folder..., Search Catalog...,
 * Ext.*), then plays a user who records a macro while indexing and searching from the menus and
 * double-clicks the first row of the results table; saves a screenshot.
 * <p>
 * Output lines: {@code MENU ...}, {@code COMMAND label=class}, {@code RESULT}, {@code LOG <line>},
 * {@code RECORDED <line>}, {@code TABLE rows=N}, {@code OPENED <title>} (the image a double-click
 * opened), {@code DONE}.
 * </p>
 * Arguments: macro file, macro argument, screenshot PNG path, folder, a second catalogue folder.
 */
public final class ImageJ1SearchHarness {

	private ImageJ1SearchHarness() {}

	public static void main(final String[] args) {
		ImageJ1Harness.exitAfter(() -> run(args));
	}

	private static void run(final String[] args) throws Exception {
		ImageJ1Harness.startImageJ(IndexFolderCommand.LABEL, SearchCatalogCommand.LABEL);
		ImageJ1Harness.runMacro(args[0], args[1]);
		record(args[3], args[4]);
		doubleClickFirstRow();
		arrange();
		ImageJ1Harness.screenshot(args[2]);
		System.out.println("DONE");
	}

	/** Plugins > Macros > Record..., then Index Folder... and Search Catalog... through their dialogs. */
	private static void record(final String folder, final String catalog) throws Exception {
		final Recorder recorder = new Recorder();
		RecordedMenus.run(recorder, IndexFolderCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(folder);
			((TextField) gd.getStringFields().get(1)).setText(catalog);
			((Checkbox) gd.getCheckboxes().get(1)).setState(false);
		});
		awaitLog("indexed ");
		RecordedMenus.run(recorder, SearchCatalogCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(catalog);
			((TextField) gd.getStringFields().get(1)).setText("format:zarr");
		});
		for (int i = 0; i < 200 && WindowManager.getWindow(ThumbnailStack.TITLE) == null; i++) Thread.sleep(50);
		recorder.getText().lines().forEach(l -> System.out.println("RECORDED " + l));
	}

	/** Selects the table's first row and double-clicks it; prints the image that opens. */
	private static void doubleClickFirstRow() throws Exception {
		final TextPanel panel = ((TextWindow) WindowManager.getFrame(SearchTable.TITLE)).getTextPanel();
		System.out.println("TABLE rows=" + panel.getLineCount());
		final int before = WindowManager.getImageCount();
		final Component canvas = Arrays.stream(panel.getComponents()).filter(c -> c instanceof Canvas).findFirst()
			.orElseThrow();
		EventQueue.invokeAndWait(() -> {
			panel.setSelection(0, 0);
			canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0, 20, 30, 2,
				false));
		});
		for (int i = 0; i < 200 && WindowManager.getImageCount() == before; i++) Thread.sleep(50);
		Thread.sleep(300);
		System.out.println("OPENED " + (WindowManager.getImageCount() > before ? IJ.getImage().getTitle() : "(nothing)"));
	}

	/** Puts the table along the bottom of the screen and the thumbnails left, so the screenshot shows all. */
	private static void arrange() throws Exception {
		EventQueue.invokeAndWait(() -> {
			WindowManager.getFrame(SearchTable.TITLE).setBounds(0, 560, 1280, 300);
			WindowManager.getWindow(ThumbnailStack.TITLE).setLocation(0, 100);
			WindowManager.getFrame("Log").setBounds(0, 870, 1280, 150);
		});
	}

	private static void awaitLog(final String prefix) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			final String log = IJ.getLog();
			if (log != null && log.lines().filter(l -> l.startsWith(prefix)).count() >= 2) return;
			Thread.sleep(50);
		}
		throw new IllegalStateException("no second '" + prefix + "...' line in the Log within 30 s");
	}
}
