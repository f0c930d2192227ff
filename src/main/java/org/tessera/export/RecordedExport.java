package org.tessera.export;

import org.tessera.index.CatalogWriter;
import org.tessera.index.LineageStore;
import org.tessera.lineage.Activity;
import org.tessera.lineage.Entities;
import org.tessera.lineage.LineageGraph;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Recorder;
import org.tessera.meta.Record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An export that is itself recorded as an {@code "export"} activity: inputs are the exported records
 * (by record id) and their data (by file and array content id), the output is the package
 * ({@link PackageEntity}), parameters are the target type, the target and the options (never a token),
 * the component is {@code exporter.<name>} with its version. A failed export is recorded as failed.
 * NB: the {@link ExportSet} is built before the export runs, so a package holds the activities up to,
 * not including, its own export.
 */
public final class RecordedExport {

	/** The activity type. */
	public static final String TYPE = "export";

	private RecordedExport() {}

	/**
	 * Runs the export and commits its activity (completed or failed) into the catalogue in
	 * {@code catalogDir}. NB: the catalogue's writer is opened only after the export, so a long export
	 * does not hold its lock.
	 */
	public static ExportResult run(final Path catalogDir, final ExportSet set, final Exporter exporter,
		final String target, final ExportOptions options, final ExportListener listener) throws IOException
	{
		final LineageGraph ended = new LineageGraph();
		try {
			return run(ended, set, exporter, target, options, listener);
		}
		finally {
			try (CatalogWriter w = CatalogWriter.open(catalogDir)) {
				final LineageStore store = LineageStore.committing(w);
				for (final Activity a : ended.activities()) store.record(a);
			}
		}
	}

	/** Runs the export and hands its activity (completed or failed) to {@code sink}. */
	public static ExportResult run(final LineageSink sink, final ExportSet set, final Exporter exporter,
		final String target, final ExportOptions options, final ExportListener listener) throws IOException
	{
		final Recorder rec = Recorder.start(TYPE, sink).parameter("target-type", exporter.name()).parameter("target",
			target).component("exporter." + exporter.name(), exporter.version());
		options.settings().forEach((k, v) -> {
			if (!k.toLowerCase(Locale.ROOT).contains("token")) rec.parameter("option." + k, v);
		});
		for (final ExportSet.Item i : set.items()) inputs(rec, i);
		try {
			final ExportResult r = exporter.export(set, target, options, listener);
			rec.output(PackageEntity.of(r));
			rec.finish();
			return r;
		}
		catch (final IOException | RuntimeException e) {
			rec.fail(e);
			throw e;
		}
	}

	/** The record, and its file and array by content when the catalogue knows their hashes. */
	private static void inputs(final Recorder rec, final ExportSet.Item i) {
		final Record r = i.record();
		rec.input(Entities.record(r.id(), r.location(), r.array()));
		final Record.Checksums c = r.checksums();
		if (c == null) return;
		if (c.fileSha256() != null) rec.input(Entities.file(i.source(), c.fileSha256(), -1));
		if (c.arraySha256() != null) rec.input(Entities.array(c.arraySha256(), r.location(), r.array()));
	}
}
