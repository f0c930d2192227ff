package org.tessera.fiji;

import ij.ImagePlus;
import ij.WindowManager;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.tessera.lineage.Activity;

/**
 * "Show Lineage...": what produced a dataset and what was made from it, from the catalogue's lineage.
 * Headless, the lineage is returned as text ({@code text}: PROV-JSON or DOT); with a display the graph
 * is shown as a picture ({@link LineagePicture}), an image that can be saved.
 * <p>
 * NB: no {@code menuPath}, for the reason given in {@link OpenDatasetCommand}: the menu entry is the
 * ImageJ 1 plugin {@link ShowLineagePlugin}, listed in {@code plugins.config}.
 * </p>
 */
@Plugin(type = Command.class, name = ShowLineageCommand.NAME, label = ShowLineageCommand.LABEL, headless = true)
public class ShowLineageCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.show-lineage";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Show Lineage...";

	@Parameter(label = "Catalogue (empty: default)", required = false, persist = false)
	private String catalog = "";

	@Parameter(label = "Dataset path or id (empty: current image)", required = false, persist = false)
	private String subject = "";

	@Parameter(label = "Text format", choices = { "json", "dot" }, persist = false)
	private String format = "json";

	@Parameter(label = "Direction", choices = { "both", "upstream", "downstream" }, persist = false)
	private String direction = "both";

	@Parameter(type = ItemIO.OUTPUT)
	private String text;

	@Parameter(type = ItemIO.OUTPUT)
	private int activities;

	@Parameter
	private LogService log;

	private ImagePlus picture;

	/** The picture, after a run with a display. */
	public Optional<ImagePlus> picture() {
		return Optional.ofNullable(picture);
	}

	// -- Runnable methods --

	@Override
	public void run() {
		final LineageRequest req = new LineageRequest(CatalogLocation.resolve(catalog), subject == null ? "" : subject,
			LineageLookup.Direction.of(direction));
		try {
			final ImagePlus current = WindowManager.getCurrentImage();
			final List<Activity> found = req.activities(current);
			activities = found.size();
			text = LineageLookup.text(found, format);
			if (GraphicsEnvironment.isHeadless()) return;
			picture = LineagePicture.of(req.title(current), found, true);
			picture.show();
		}
		catch (final IOException | RuntimeException e) {
			log.error(LABEL + ": " + e.getMessage());
			cancel(e.getMessage());
		}
	}
}
