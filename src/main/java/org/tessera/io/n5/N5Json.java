package org.tessera.io.n5;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * Reads and writes N5 {@code attributes.json} files as JSON-like maps, with typed getters whose
 * failures name the file.
 */
final class N5Json {

	static final String ATTRIBUTES = "attributes.json";

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private N5Json() {}

	/** The key of the attributes file of a group or dataset key ({@code ""} for the root). */
	static String attributesKey(final String key) {
		return key.isEmpty() ? ATTRIBUTES : key + "/" + ATTRIBUTES;
	}

	/**
	 * The attributes of a group or dataset, or {@code null} when it has no attributes file.
	 *
	 * @throws TesseraIOException.Malformed when the file is not a JSON object
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> read(final Store store, final String key) throws IOException {
		final String file = attributesKey(key);
		final byte[] bytes = store.read(file);
		if (bytes == null) return null;
		final Object tree;
		try {
			tree = MAPPER.readValue(bytes, Object.class);
		}
		catch (final JacksonException e) {
			throw new TesseraIOException.Malformed(store.describe(file), "invalid JSON: " + e.getOriginalMessage(), e);
		}
		if (!(tree instanceof Map)) {
			throw new TesseraIOException.Malformed(store.describe(file), "not a JSON object");
		}
		return (Map<String, Object>) tree;
	}

	/** Serialises attributes as JSON bytes. */
	static byte[] write(final Map<String, Object> attributes) throws IOException {
		return MAPPER.writeValueAsBytes(attributes);
	}

	// -- Typed getters --

	/**
	 * A required array of non-negative integers.
	 *
	 * @throws TesseraIOException.Malformed naming the file when absent or not such an array
	 */
	static long[] longs(final Map<String, Object> attrs, final String key, final String file)
		throws TesseraIOException
	{
		if (!(attrs.get(key) instanceof List<?> list)) {
			throw new TesseraIOException.Malformed(file, "'" + key + "' is missing or not an array");
		}
		final long[] out = new long[list.size()];
		for (int i = 0; i < out.length; i++) {
			if (!(list.get(i) instanceof Number n) || n.longValue() < 0 || n.doubleValue() != n.longValue()) {
				throw new TesseraIOException.Malformed(file, "'" + key + "' has a bad entry: " + list.get(i));
			}
			out[i] = n.longValue();
		}
		return out;
	}

	/** An array of numbers, or {@code null} when absent or not numeric. */
	static double[] doubles(final Object value) {
		if (!(value instanceof List<?> list)) return null;
		final double[] out = new double[list.size()];
		for (int i = 0; i < out.length; i++) {
			if (!(list.get(i) instanceof Number n)) return null;
			out[i] = n.doubleValue();
		}
		return out;
	}

	/** A JSON object value, or {@code null} when absent or not an object. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> object(final Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
	}
}
