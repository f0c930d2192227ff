package org.tessera.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tessera.meta.Record;

import java.io.IOException;

/**
 * The record as the catalogue stores it: JSON. NB: one place, so the meta package's own JSON form
 * can replace this mapper without touching the index.
 */
public final class StoredRecord {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private StoredRecord() {}

	/** The record as JSON text. */
	public static String write(final Record r) throws IOException {
		return MAPPER.writeValueAsString(r);
	}

	/** The record read back from its JSON text. */
	public static Record read(final String json) throws IOException {
		return MAPPER.readValue(json, Record.class);
	}
}
