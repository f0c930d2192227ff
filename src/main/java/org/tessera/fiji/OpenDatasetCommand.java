package org.tessera.fiji;

import ij.IJ;
import ij.ImagePlus;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.Optional;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.tessera.fiji.DatasetOpener.Selection;
import org.tessera.io.Container;

/**
 * "Open Dataset...": opens one array or pyramid level of a Zarr, N5 (or any registered format)
 * dataset as a lazy virtual stack. Headless, it opens without dialogs: {@code array} empty means
 * the first pyramid at its default level, else the first array.
 * <p>
 * NB: this command has NO {@code menuPath}. The menu entry {@code Plugins > Tessera > Open
 * Dataset...} belongs to the ImageJ 1 plugin {@link OpenDatasetPlugin} (listed in
 * {@code plugins.config}), because plain ImageJ 1 only knows {@code plugins.config} entries and
 * macros must be able to {@code run("Open Dataset...", ...)} there too. In Fiji, imagej-legacy
 * mirrors every SciJava command that has a {@code menuPath} into the ImageJ 1 menus; giving this
 * command one as well would show the label twice. Scripts and other commands run it by class
 * ({@code commandService.run(OpenDatasetCommand.class, ...)}) or find it by {@link #NAME}.
 * </p>
 */
@Plugin(type = Command.class, name = OpenDatasetCommand.NAME, label = OpenDatasetCommand.LABEL, headless = true)
public class OpenDatasetCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.open-dataset";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Open Dataset...";

	// NB: array and level are not persisted: a script that leaves them out gets the defaults, not
	// whatever the last run used.

	@Parameter(label = "Dataset (file or folder)", style = FileWidget.FILE_AND_DIRECTORY_STYLE)
	private File path;

	@Parameter(label = "Array or pyramid (empty: default)", required = false, persist = false)
	private String array = "";

	@Parameter(label = "Pyramid level (-1: default)", required = false, min = "-1", persist = false)
	private int level = -1;

	@Parameter(type = ItemIO.OUTPUT)
	private String title;

	@Parameter
	private LogService log;

	private ImagePlus image;

	/** The opened image, after a successful run. */
	public Optional<ImagePlus> image() {
		return Optional.ofNullable(image);
	}

	// -- Runnable methods --

	@Override
	public void run() {
		final boolean headless = GraphicsEnvironment.isHeadless();
		final int[] screen = headless ? new int[] { DatasetOpener.HEADLESS_SCREEN, DatasetOpener.HEADLESS_SCREEN }
			: new int[] { IJ.getScreenSize().width, IJ.getScreenSize().height };
		try {
			final Optional<ImagePlus> imp = DatasetOpener.open(path.toPath(), c -> choose(c, headless), screen[0], screen[1]);
			if (imp.isEmpty()) cancel("canceled");
			imp.ifPresent(i -> show(i, headless));
		}
		catch (final IOException | RuntimeException e) {
			fail(e.getMessage(), headless);
		}
	}

	// -- Helper methods --

	private Optional<Selection> choose(final Container c, final boolean headless) throws IOException {
		final boolean ask = !headless && (array == null || array.isEmpty()) && DatasetOpener.choices(c).size() > 1;
		return ask ? ArrayChooser.ask(c, array, level) : Optional.of(new Selection(array, level));
	}

	private void show(final ImagePlus imp, final boolean headless) {
		image = imp;
		title = imp.getTitle();
		if (!headless) imp.show();
	}

	private void fail(final String message, final boolean headless) {
		// NB: the message names the file and the cause; users get no stack trace.
		if (headless) log.error(LABEL + ": " + message);
		else IJ.error(LABEL, message);
		cancel(message);
	}
}
