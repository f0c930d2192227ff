package org.tessera.cli;

import org.tessera.export.ExportListener;
import org.tessera.export.ExportOptions;
import org.tessera.export.ExportResult;
import org.tessera.export.ExportSet;
import org.tessera.export.ExportSets;
import org.tessera.export.Exporters;
import org.tessera.export.RecordedExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera export --catalog DIR ID… --to NAME:TARGET}: a lineage-stamped package or deposit; the export
 * itself is recorded in the catalogue as an {@code "export"} activity ({@link RecordedExport}).
 */
@Command(name = "export", description = "Export records with their data and lineage: --to rocrate:DIR|ZIP, "
	+ "bagit:DIR, ocfl:ROOT or zenodo:URL.")
final class ExportCommand implements Callable<Integer> {

	@Parameters(paramLabel = "ID", arity = "1..*", description = "Record ids in the catalogue.")
	List<String> ids;

	@Option(names = "--to", required = true, paramLabel = "NAME:TARGET", description = "Exporter and target.")
	String to;

	@Option(names = "--token-file", paramLabel = "FILE", description = "Repository token (else $TESSERA_ZENODO_TOKEN).")
	Path tokenFile;

	@Option(names = "--publish", description = "Publish the repository draft after uploading.")
	boolean publish;

	@Option(names = "--object-id", paramLabel = "ID", description = "OCFL object id (default: a stable id of the set).")
	String objectId;

	@Mixin
	CatalogOption catalog;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		final Exporters.Spec spec = Exporters.parse(to);
		final ExportSet set = ExportSets.fromCatalog(catalog.dir(), ids);
		final ExportResult r = RecordedExport.run(catalog.dir(), set, spec.exporter(), spec.target(), new ExportOptions(
			settings(), System.getenv()), new Progress());
		System.out.println(options.json ? Json.write(json(r), false) : r.target() + ": " + r.files() + " files");
		return 0;
	}

	private Map<String, String> settings() {
		final Map<String, String> s = new HashMap<>();
		if (tokenFile != null) s.put(ExportOptions.TOKEN_FILE, tokenFile.toString());
		if (objectId != null) s.put(ExportOptions.OBJECT_ID, objectId);
		s.put(ExportOptions.PUBLISH, Boolean.toString(publish));
		return s;
	}

	/** DESIGN.md's {@code {"target","files","checksums"}} plus the exporter's details. */
	static Map<String, Object> json(final ExportResult r) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("target", r.target());
		m.put("files", r.files());
		m.put("checksums", r.checksums());
		m.putAll(r.details());
		return m;
	}

	/**
	 * Progress on stderr. NB: the test hook {@code -Dtessera.test.exportPauseMillis=N} prints each written
	 * file and pauses after it, so a kill test can stop an export at a known point.
	 */
	static final class Progress implements ExportListener {

		private final long pause = Long.getLong("tessera.test.exportPauseMillis", 0);

		@Override
		public void fileWritten(final String path, final long bytes) {
			if (pause <= 0) return;
			System.err.println("tessera export: wrote " + path);
			try {
				Thread.sleep(pause);
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
