package org.tessera.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Record} as JSON text and back (Jackson: records by their components, {@code long[]} as
 * a number array, {@link org.tessera.io.Axis} by its components). {@code read(write(r)).equals(r)}
 * for every record a {@link RecordBuilder} builds, because the builder keeps the original tree in
 * its JSON form already ({@link #canonical}).
 */
public final class RecordJson {

	private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private RecordJson() {}

	/** Compact JSON text of the record. */
	public static String write(final Record r) {
		try {
			return MAPPER.writeValueAsString(r);
		}
		catch (final JsonProcessingException e) {
			throw new UncheckedIOException("record " + r.id() + ": not writable as JSON: " + e.getOriginalMessage(), e);
		}
	}

	/** The record of JSON text written by {@link #write}. */
	public static Record read(final String json) {
		try {
			return MAPPER.readValue(json, Record.class);
		}
		catch (final JsonProcessingException e) {
			throw new UncheckedIOException("record JSON: " + e.getOriginalMessage(), e);
		}
	}

	/** The record as a JSON-like map (for embedding in other JSON, e.g. {@code tessera info}). */
	public static Map<String, Object> tree(final Record r) {
		return MAPPER.convertValue(r, new TypeReference<LinkedHashMap<String, Object>>() {});
	}

	/**
	 * The tree as JSON would give it back: floats become doubles, longs that fit become ints, primitive
	 * arrays become lists, byte arrays Base64 text. Key order is kept.
	 */
	public static Map<String, Object> canonical(final Map<String, ?> tree) {
		// NB: through bytes, not convertValue: a token buffer keeps floats as Float, JSON text gives Double.
		try {
			return MAPPER.readValue(MAPPER.writeValueAsBytes(tree), new TypeReference<LinkedHashMap<String, Object>>() {});
		}
		catch (final java.io.IOException e) {
			throw new UncheckedIOException("metadata tree not representable as JSON: " + e.getMessage(), e);
		}
	}
}
