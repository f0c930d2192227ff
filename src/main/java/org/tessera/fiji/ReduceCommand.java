package org.tessera.fiji;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;
import org.tessera.reduce.ReducedArray;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Reduce Dataset...": streaming sums of a dataset in one pass (a hyperspectral sum image and spectrum,
 * 4D-STEM virtual images and mean pattern, or a sum over chosen axes). With a display, the results
 * open as calibrated images and plots; headless, they are returned ({@link #results()}) and
 * summarised in the {@code summary} output.
 * <p>
 * NB: no {@code menuPath}, for the reason given in {@link OpenDatasetCommand}: the menu entry is
 * the ImageJ 1 plugin {@link ReducePlugin}, listed in {@code plugins.config}.
 * </p>
 */
@Plugin(type = Command.class, name = ReduceCommand.NAME, label = ReduceCommand.LABEL, headless = true)
public class ReduceCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.reduce";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Reduce Dataset...";

	@Parameter(label = "Dataset (file or folder)", style = FileWidget.FILE_AND_DIRECTORY_STYLE)
	private File path;

	@Parameter(label = "Array (empty: default)", required = false, persist = false)
	private String array = "";

	@Parameter(label = "Preset", choices = { "none", "hyperspectral", "4dstem" }, persist = false)
	private String preset = "hyperspectral";

	@Parameter(label = "Sum over axes (preset none)", required = false, persist = false)
	private String axes = "";

	@Parameter(label = "4D-STEM bright-field radius (0: none)", required = false, persist = false)
	private double bf;

	@Parameter(label = "4D-STEM ADF radii inner,outer (empty: none)", required = false, persist = false)
	private String adf = "";

	@Parameter(type = ItemIO.OUTPUT)
	private String summary;

	@Parameter
	private LogService log;

	private List<ReducedArray> results = List.of();

	/** The results of a successful run. */
	public List<ReducedArray> results() {
		return results;
	}

	@Override
	public void run() {
		try {
			results = new ReduceRequest(path.toPath(), array, preset, axes, bf, adf).run(this::isCanceled,
				org.tessera.reduce.Progress.NONE);
			summary = results.stream().map(r -> r.name() + " " + java.util.Arrays.toString(r.shape()) + " " + r.dtype())
				.collect(Collectors.joining("; "));
			if (!GraphicsEnvironment.isHeadless()) ResultImages.show(path.getName(), results);
		}
		catch (final IOException | RuntimeException e) {
			log.error(LABEL + ": " + e.getMessage());
			cancel(e.getMessage());
		}
	}
}
