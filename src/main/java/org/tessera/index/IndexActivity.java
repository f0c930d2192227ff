package org.tessera.index;

import org.tessera.lineage.Entities;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Recorder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code "index"} activity of one indexing run: inputs the datasets it wrote and their records
 * (added by the run, so the commit leads back through "extract" to the files), output the catalogue
 * commit that holds them ({@link Entities#catalogue}).
 */
final class IndexActivity {

	/** The activity type. */
	static final String TYPE = "index";

	private IndexActivity() {}

	static Recorder start(final LineageSink sink, final Indexer.Options o, final List<Path> paths) {
		return Recorder.start(TYPE, sink).parameter("paths", String.join(File.pathSeparator, paths.stream()
			.map(p -> p.toAbsolutePath().normalize().toString()).toList())).parameter("hash", o.hash())
			.parameter("prune", o.prune()).component("catalogue.schema", CatalogSchema.NAME);
	}

	/**
	 * Records the run after its commit, naming that commit, and commits the activity. NB: a run that
	 * wrote and removed nothing changed no data and records nothing.
	 */
	static void finish(final Recorder index, final CatalogWriter writer, final int changed) throws IOException {
		if (changed == 0) return;
		index.output(Entities.catalogue(writer.location(), writer.generation()));
		index.finish();
		writer.commit();
	}
}
