package org.tessera.index;

import org.tessera.embed.Embedder;
import org.tessera.lineage.Entities;
import org.tessera.lineage.Entity;
import org.tessera.lineage.LineageSink;
import org.tessera.lineage.Recorder;
import org.tessera.meta.Record;

import java.io.IOException;
import java.util.List;

/**
 * One dataset's embedding as a recorded {@code "embed"} activity: inputs each embedded array's record
 * and content hash, outputs one {@code "vectors"} entity per array and embedder
 * ({@code vectors:<embedder>:<record id>}), parameters the plane selection and patch settings,
 * components {@code embedder.<name>} = version and {@code model.sha256} for model-backed embedders
 * (so {@code tessera lineage --component model.sha256=…} answers "which model made these vectors").
 */
final class EmbedActivity {

	/** The activity type and the kind of the vectors entities. */
	static final String TYPE = "embed", VECTORS = "vectors";

	/** Records nothing: no sink, or no embedders. */
	static final EmbedActivity NONE = new EmbedActivity(null, List.of());

	private final Recorder rec;
	private final List<Embedder> embedders;
	private int arrays;

	private EmbedActivity(final Recorder rec, final List<Embedder> embedders) {
		this.rec = rec;
		this.embedders = embedders;
	}

	/** Starts the activity of one dataset ({@link #NONE} when {@code sink} is none or there are no embedders). */
	static EmbedActivity start(final LineageSink sink, final DatasetVectors v) {
		if (sink == LineageSink.NONE || v.embedders().isEmpty()) return NONE;
		final Recorder rec = Recorder.start(TYPE, sink).parameter("plane", "middle plane, box-averaged to at most "
			+ VectorPlanes.OVERVIEW.maxSize() + " px").parameter("patch.size", v.patchSize());
		if (v.patchSize() > 0) rec.parameter("patch.level", v.patchLevel()).parameter("patch.maxSide", VectorPlanes.MAX_SIDE);
		for (final Embedder e : v.embedders()) {
			rec.component("embedder." + e.name(), e.provenance().get("version"));
			rec.component("model.sha256", e.provenance().get("model.sha256"));
		}
		return new EmbedActivity(rec, v.embedders());
	}

	/** Notes that the array of {@code r} was embedded by every embedder. */
	void embedded(final Record r) {
		if (rec == null) return;
		arrays++;
		rec.input(Entities.record(r.id(), r.location(), r.array()));
		final String sha = r.checksums() == null ? null : r.checksums().arraySha256();
		if (sha != null) rec.input(Entities.array(sha, r.location(), r.array()));
		for (final Embedder e : embedders) rec.output(vectors(e.name(), r));
	}

	/** The vectors entity of one record and embedder. */
	static Entity vectors(final String embedder, final Record r) {
		return new Entity(VECTORS + ":" + embedder + ":" + r.id(), VECTORS, r.location() + "#" + r.array(), -1);
	}

	/** Records the activity when any array was embedded. */
	void finish() throws IOException {
		if (rec != null && arrays > 0) rec.finish();
	}

	/** Records the activity as failed. */
	void fail(final Throwable e) throws IOException {
		if (rec != null) rec.fail(e);
	}
}
