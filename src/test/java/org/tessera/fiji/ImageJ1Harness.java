package org.tessera.fiji;

import ij.IJ;
import ij.ImageJ;
import ij.Menus;
import ij.WindowManager;
import ij.plugin.frame.Recorder;

import java.awt.Choice;
import java.awt.TextField;

import java.awt.Menu;
import java.awt.MenuBar;
import java.awt.MenuItem;
import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The main class of the child JVM that {@link ImageJ1GuiTest} runs on an Xvfb display: starts the
 * ImageJ 1 GUI (with {@code -Dplugins.dir} pointing at a {@link PluginsFolder}), prints the menu
 * items under Plugins, runs a macro file, prints the Log window, saves a screenshot, and records
 * a macro while opening the dataset through the dialogs.
 * <p>
 * Output lines: {@code MENU Plugins>Tessera>Open Dataset...}, {@code COMMAND label=class},
 * {@code LOG <line>} per Log window line, {@code RECORDED <line>} per line the macro recorder
 * recorded while a simulated user ran the command of the scenario from the menu, {@code DONE}.
 * </p>
 * Arguments: macro file, macro argument, screenshot PNG path, dataset path and optionally the
 * recorded scenario: {@code open} (default: "Open Dataset..." of array {@code s1}) or {@code reduce}
 * ("Reduce Dataset..." with the hyperspectral preset).
 */
public final class ImageJ1Harness {

	private ImageJ1Harness() {}

	/** A harness's body, which may throw anything. */
	@FunctionalInterface
	interface Body {

		void run() throws Exception;
	}

	public static void main(final String[] args) {
		exitAfter(() -> run(args));
	}

	/** Runs {@code body} and exits: 0 when it returned, 1 (after printing the stack trace) when it threw. */
	static void exitAfter(final Body body) {
		// NB: AWT threads keep a JVM alive; exit explicitly, also on failure, so the parent never waits.
		try {
			body.run();
			System.exit(0);
		}
		catch (final Throwable t) {
			t.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(final String[] args) throws Exception {
		startImageJ("Open Dataset...", ReduceCommand.LABEL);
		runMacro(args[0], args[1]);
		screenshot(args[2]);
		final Recorder recorder = new Recorder();
		if (args.length > 4 && args[4].equals("reduce")) recordReduce(args[3]);
		else recordOpen(args[3]);
		Thread.sleep(500);
		recorder.getText().lines().forEach(l -> System.out.println("RECORDED " + l));
		System.out.println("DONE");
	}

	/**
	 * Starts the ImageJ 1 GUI, waits until it shows, prints the Plugins menu and the command behind
	 * each of {@code labels} ({@code COMMAND label=class}).
	 */
	static void startImageJ(final String... labels) throws InterruptedException {
		Locale.setDefault(Locale.US);
		final ImageJ ij = new ImageJ();
		for (int i = 0; i < 200 && !ij.isShowing(); i++) Thread.sleep(50);
		printMenus(Menus.getMenuBar());
		for (final String label : labels) System.out.println("COMMAND " + label + "=" + Menus.getCommands().get(label));
	}

	/** Runs a macro file and prints its result and the Log window ({@code RESULT}, {@code LOG} lines). */
	static void runMacro(final String file, final String arg) {
		final String result = IJ.runMacroFile(file, arg);
		System.out.println("RESULT " + result);
		final String log = IJ.getLog();
		if (log != null) log.lines().forEach(l -> System.out.println("LOG " + l));
	}

	/** Saves the whole screen as a PNG, half a second after the last drawing. */
	static void screenshot(final String png) throws Exception {
		Thread.sleep(500);
		final Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
		ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(png));
	}

	/**
	 * Plays a user who records a macro (Plugins > Macros > Record... is open): "Open Dataset..."
	 * from the menu with {@code dataset}, array {@code s1}, default level.
	 */
	private static void recordOpen(final String dataset) throws Exception {
		final int before = WindowManager.getImageCount();
		IJ.doCommand("Open Dataset...");
		DialogDriver.answer("Open Dataset...", gd -> ((TextField) gd.getStringFields().get(0)).setText(dataset));
		DialogDriver.answer("Open Dataset: ", gd -> ((Choice) gd.getChoices().get(0)).select("s1"));
		awaitImages(before + 1);
	}

	/**
	 * Plays a user who records "Reduce Dataset..." from the menu: {@code dataset}, default array, preset
	 * {@code hyperspectral}; waits for the sum image and the spectrum plot.
	 */
	private static void recordReduce(final String dataset) throws Exception {
		final int before = WindowManager.getImageCount();
		IJ.doCommand(ReduceCommand.LABEL);
		DialogDriver.answer(ReduceCommand.LABEL, gd -> {
			((TextField) gd.getStringFields().get(0)).setText(dataset);
			((Choice) gd.getChoices().get(0)).select("hyperspectral");
		});
		awaitImages(before + 2);
	}

	/** Waits up to 10 s for {@code n} open images (plots count: they are images too). */
	private static void awaitImages(final int n) throws InterruptedException {
		for (int i = 0; i < 200 && WindowManager.getImageCount() < n; i++) Thread.sleep(50);
	}

	/** Prints every item of the Plugins menu, recursively, as {@code MENU Plugins>Sub>Item}. */
	private static void printMenus(final MenuBar bar) {
		for (int i = 0; i < bar.getMenuCount(); i++) {
			final Menu m = bar.getMenu(i);
			if ("Plugins".equals(m.getLabel())) print("Plugins", m);
		}
	}

	private static void print(final String path, final Menu menu) {
		for (int i = 0; i < menu.getItemCount(); i++) {
			final MenuItem item = menu.getItem(i);
			if (item instanceof Menu sub) print(path + ">" + sub.getLabel(), sub);
			else System.out.println("MENU " + path + ">" + item.getLabel());
		}
	}
}
