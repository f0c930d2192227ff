package org.tessera.cli;

import org.tessera.index.CatalogWriter;
import org.tessera.index.LineageStore;
import org.tessera.lineage.Activity;
import org.tessera.lineage.LineageGraph;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Person;
import org.tessera.lineage.Recorder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --catalog DIR} on single commands ({@code stats}, {@code reduce}): when given, the run is
 * recorded as an activity in that catalogue (completed or failed); when absent nothing is recorded
 * and no input is hashed for lineage.
 */
final class LineageOption {

	@Option(names = "--catalog", paramLabel = "DIR", description = "Record this run's lineage in the catalogue DIR.")
	Path catalog;

	/** The body of a command, given the recorder of its activity. */
	@FunctionalInterface
	interface Body {

		int run(Recorder rec) throws Exception;
	}

	/** Whether this run is recorded (so inputs and outputs are worth hashing). */
	boolean on() {
		return catalog != null;
	}

	/** Runs {@code body} as an activity of {@code type}, stored in the catalogue after it ends. */
	int record(final String type, final Body body) throws Exception {
		// NB: off: a recorder that drops everything and does not look up the person (no ORCID check).
		if (!on()) return body.run(Recorder.start(type, LineageSink.NONE, new Person("", null)));
		final LineageGraph ended = new LineageGraph();
		final Recorder rec = Recorder.start(type, ended);
		try {
			final int code = body.run(rec);
			rec.finish();
			return code;
		}
		catch (final Exception e) {
			rec.fail(e);
			throw e;
		}
		finally {
			store(ended);
		}
	}

	/** NB: the writer is opened only now, so a long run does not hold the catalogue's lock. */
	private void store(final LineageGraph ended) throws java.io.IOException {
		if (ended.activities().isEmpty()) return;
		try (CatalogWriter w = CatalogWriter.open(catalog)) {
			final LineageStore store = LineageStore.batched(w);
			for (final Activity a : ended.activities()) store.record(a);
		}
	}
}
