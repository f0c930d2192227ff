package org.tessera.index;

import org.tessera.lineage.Activity;
import org.tessera.lineage.Entities;
import org.tessera.lineage.Entity;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Recorder;
import org.tessera.meta.Checksums;
import org.tessera.meta.Record;
import org.tessera.meta.Records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one dataset for the indexer as a recorded {@code "extract"} activity: input the file (by its
 * SHA-256 when hashing, else its location), outputs each array's record id and content hash, the
 * reader's format name as component; a failure is recorded as a failed activity and rethrown.
 */
final class ExtractActivity {

	/** The activity type. */
	static final String TYPE = "extract";

	private ExtractActivity() {}

	/** Reads the dataset's documents and records the activity. */
	static IngestRun.Outcome read(final Path dataset, final FileStamp stamp, final boolean hash, final LineageSink sink,
		final DatasetVectors vectors) throws IOException
	{
		final Recorder rec = Recorder.start(TYPE, sink).parameter("hash", hash);
		try {
			final Entity source = Entities.file(dataset, hash ? Checksums.fileSha256(dataset) : null, stamp.size());
			rec.input(source);
			final DatasetDocuments d = DatasetDocuments.read(dataset, stamp, hash, vectors);
			outputs(rec, d);
			final Activity a = rec.finish();
			final List<Entity> used = new ArrayList<>(List.of(source));
			a.outputs().stream().filter(e -> Entities.RECORD.equals(e.kind())).forEach(used::add);
			return new IngestRun.Outcome(d, used, null);
		}
		catch (final IOException | RuntimeException e) {
			rec.fail(e);
			throw e;
		}
	}

	private static void outputs(final Recorder rec, final DatasetDocuments d) {
		for (final Record r : d.records()) {
			rec.output(Entities.record(r.id(), r.location(), r.array()));
			final String sha = r.checksums() == null ? null : r.checksums().arraySha256();
			if (sha != null) rec.output(Entities.array(sha, r.location(), r.array()));
			rec.component("reader." + r.format(), r.readerVersion());
		}
	}
}
