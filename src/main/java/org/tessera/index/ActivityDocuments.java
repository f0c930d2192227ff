package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.tessera.lineage.Activity;
import org.tessera.lineage.ActivityJson;
import org.tessera.lineage.Entity;

/**
 * A lineage {@link Activity} as its own catalogue document ({@code doctype:activity}): the stored
 * JSON, and as exact keywords its id ({@code lineage.id}), type, status, input and output entity ids and its agent's
 * components ({@code key=value}, so "which model made these vectors" is one term query).
 * NB: it has no {@link CatalogSchema#FILE} field, so re-indexing a dataset never deletes it.
 */
public final class ActivityDocuments {

	/** Field names of activity documents. */
	public static final String ID = "lineage.id", TYPE = "lineage.type", STATUS = "lineage.status", INPUT = "lineage.input",
		OUTPUT = "lineage.output", COMPONENT = "lineage.component", STARTED = "lineage.started", JSON = "lineage.json";

	private ActivityDocuments() {}

	/** The document of one activity. */
	public static Document of(final Activity a) {
		final Document d = new Document();
		keyword(d, CatalogSchema.DOCTYPE, CatalogSchema.DOCTYPE_ACTIVITY);
		// NB: not the records' id field: Lucene wants one structure per field, and records' ids have doc values.
		d.add(new StringField(ID, a.id(), Field.Store.YES));
		keyword(d, TYPE, a.type());
		keyword(d, STATUS, a.status());
		for (final Entity e : a.inputs()) keyword(d, INPUT, e.id());
		for (final Entity e : a.outputs()) keyword(d, OUTPUT, e.id());
		a.agent().components().forEach((k, v) -> keyword(d, COMPONENT, component(k, v)));
		d.add(new LongPoint(STARTED, a.started().toEpochMilli()));
		d.add(new StoredField(JSON, ActivityJson.write(a)));
		return d;
	}

	/** The activity stored in {@code d}. */
	public static Activity read(final Document d) {
		return ActivityJson.read(d.get(JSON));
	}

	/** The term that finds an activity's document (for replacing it). */
	static Term idTerm(final String activityId) {
		return new Term(ID, activityId);
	}

	/** The indexed form of a component. */
	static String component(final String key, final String value) {
		return key + "=" + value;
	}

	private static void keyword(final Document d, final String field, final String v) {
		if (v != null) d.add(new StringField(field, v, Field.Store.NO));
	}
}
