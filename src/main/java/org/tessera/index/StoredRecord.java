package org.tessera.index;

import org.tessera.meta.Record;
import org.tessera.meta.RecordJson;

/**
 * The record as the catalogue stores it: the meta package's JSON form ({@link RecordJson}).
 * NB: one place, so the stored form can change with the schema name.
 */
public final class StoredRecord {

	private StoredRecord() {}

	/** The record as JSON text. */
	public static String write(final Record r) {
		return RecordJson.write(r);
	}

	/** The record read back from its JSON text. */
	public static Record read(final String json) {
		return RecordJson.read(json);
	}
}
