package org.tessera.index;

import org.tessera.lineage.Activity;
import org.tessera.lineage.LineageSink;

import java.io.IOException;

/**
 * Stores finished activities in a catalogue, as {@code doctype:activity} documents, through its one
 * {@link CatalogWriter}. Either each activity is committed at once (single commands: {@code stats},
 * {@code reduce}) or it becomes durable with the writer's next commit (an indexing run, whose
 * commits are atomic with the records they describe). Read them back with {@link Catalog#lineage()}.
 */
public final class LineageStore implements LineageSink {

	private final CatalogWriter writer;
	private final boolean commitEach;

	private LineageStore(final CatalogWriter writer, final boolean commitEach) {
		this.writer = writer;
		this.commitEach = commitEach;
	}

	/** A sink whose activities are committed with the writer's next commit. */
	public static LineageStore batched(final CatalogWriter writer) {
		return new LineageStore(writer, false);
	}

	/** A sink that commits every activity as it is recorded. */
	public static LineageStore committing(final CatalogWriter writer) {
		return new LineageStore(writer, true);
	}

	@Override
	public void record(final Activity a) throws IOException {
		writer.update(ActivityDocuments.idTerm(a.id()), ActivityDocuments.of(a));
		if (commitEach) writer.commit();
	}
}
