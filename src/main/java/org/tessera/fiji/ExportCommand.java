package org.tessera.fiji;

import java.io.IOException;
import java.util.Optional;

import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.tessera.export.ExportResult;

/**
 * "Export...": catalogue records with their data and lineage as an RO-Crate (folder or zip), a BagIt
 * bag, an OCFL object or a Zenodo deposit. The records are the hits on show ({@code from=results}),
 * every match of a query ({@code from=query}) or typed ids ({@code from=ids}); {@code records} holds the
 * query or the ids. Progress goes to the status bar; {@code target}, {@code files} are returned.
 * <p>
 * NB: no {@code menuPath}, for the reason given in {@link OpenDatasetCommand}: the menu entry is the
 * ImageJ 1 plugin {@link ExportPlugin}, listed in {@code plugins.config}.
 * </p>
 */
@Plugin(type = Command.class, name = ExportCommand.NAME, label = ExportCommand.LABEL, headless = true)
public class ExportCommand extends ContextCommand {

	/** The stable plugin name. */
	public static final String NAME = "tessera.export";

	/** The menu label, shared with the ImageJ 1 plugin. */
	public static final String LABEL = "Export...";

	@Parameter(label = "Catalogue (empty: default)", required = false, persist = false)
	private String catalog = "";

	@Parameter(label = "Type (rocrate, bagit, ocfl, zenodo)", persist = false)
	private String type = "rocrate";

	@Parameter(label = "Target (folder, .zip, OCFL root or repository URL)", persist = false)
	private String target;

	@Parameter(label = "Records from", choices = { "results", "query", "ids" }, persist = false)
	private String from = "results";

	@Parameter(label = "Query or ids", required = false, persist = false)
	private String records = "";

	@Parameter(label = "Repository token file", required = false, persist = false)
	private String token = "";

	@Parameter(type = ItemIO.OUTPUT)
	private String written;

	@Parameter(type = ItemIO.OUTPUT)
	private int files;

	@Parameter
	private LogService log;

	@Parameter
	private StatusService status;

	private ExportResult result;

	/** What was written, after a successful run. */
	public Optional<ExportResult> result() {
		return Optional.ofNullable(result);
	}

	// -- Runnable methods --

	@Override
	public void run() {
		try {
			final java.nio.file.Path cat = CatalogLocation.resolve(catalog);
			result = new ExportRequest(cat, type, target, ExportRequest.ids(cat, from, records), token).run((d, t) -> status
				.showProgress(d, t));
			written = result.target();
			files = result.files();
			status.showStatus(LABEL + " " + files + " files to " + written);
		}
		catch (final IOException | RuntimeException e) {
			log.error(LABEL + ": " + e.getMessage());
			cancel(e.getMessage());
		}
	}
}
