package org.tessera.io.zarr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * Static helpers to read Zarr metadata documents ({@code .zarray}, {@code .zattrs}, {@code zarr.json},
 * ...) as JSON-like maps, and to pull typed fields out of them with messages that name the file.
 */
public final class ZarrJson {

	// NB: zarr-python 2 and some writers emit bare NaN/Infinity; accept them like Python's json does.
	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

	private ZarrJson() {}

	/** The document under {@code key}, or empty when the key does not exist. */
	public static Optional<Map<String, Object>> read(final Store store, final String key) throws IOException {
		final byte[] bytes = store.read(key);
		if (bytes == null) return Optional.empty();
		return Optional.of(parse(bytes, store.describe(key)));
	}

	/** Parses a JSON object; {@code file} names it in the error. */
	public static Map<String, Object> parse(final byte[] bytes, final String file) throws TesseraIOException {
		try {
			final Map<String, Object> m = MAPPER.readValue(bytes, MAP);
			if (m == null) throw new TesseraIOException.Malformed(file, "not a JSON object");
			return m;
		}
		catch (final IOException e) {
			throw new TesseraIOException.Malformed(file, "malformed JSON: " + firstLine(e.getMessage()), e);
		}
	}

	/** Serialises a JSON-like tree (for writers). */
	public static byte[] write(final Object tree) {
		try {
			return MAPPER.writeValueAsBytes(tree);
		}
		catch (final JsonProcessingException e) {
			throw new IllegalArgumentException("not a JSON-like tree: " + e.getMessage(), e);
		}
	}

	// -- Typed fields --

	/** A required field. */
	public static Object required(final Map<String, Object> m, final String field, final String file)
		throws TesseraIOException
	{
		final Object v = m.get(field);
		if (v == null) throw new TesseraIOException.Malformed(file, "missing field '" + field + "'");
		return v;
	}

	/** A required list of non-negative integers. */
	public static long[] longs(final Map<String, Object> m, final String field, final String file)
		throws TesseraIOException
	{
		return longs(required(m, field, file), field, file);
	}

	/** A list of non-negative integers. */
	public static long[] longs(final Object v, final String field, final String file) throws TesseraIOException {
		if (!(v instanceof List<?> list)) throw new TesseraIOException.Malformed(file, "'" + field + "' is not a list: " + v);
		final long[] out = new long[list.size()];
		for (int i = 0; i < out.length; i++) {
			if (!(list.get(i) instanceof Number n) || n.longValue() < 0) {
				throw new TesseraIOException.Malformed(file, "'" + field + "' holds a non-integer or negative entry: " + v);
			}
			out[i] = n.longValue();
		}
		return out;
	}

	/** A required list of positive ints. */
	public static int[] ints(final Object v, final String field, final String file) throws TesseraIOException {
		final long[] l = longs(v, field, file);
		final int[] out = new int[l.length];
		for (int i = 0; i < l.length; i++) {
			if (l[i] > Integer.MAX_VALUE) throw new TesseraIOException.Unsupported(file, "'" + field + "' entry too large: " + l[i]);
			out[i] = (int) l[i];
		}
		return out;
	}

	/** A JSON object field, or an empty map when absent. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(final Object v, final String field, final String file)
		throws TesseraIOException
	{
		if (v == null) return Map.of();
		if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
		throw new TesseraIOException.Malformed(file, "'" + field + "' is not a JSON object: " + v);
	}

	/** A JSON list field, or an empty list when absent or null. */
	@SuppressWarnings("unchecked")
	public static List<Object> list(final Object v, final String field, final String file) throws TesseraIOException {
		if (v == null) return List.of();
		if (v instanceof List<?> l) return (List<Object>) l;
		throw new TesseraIOException.Malformed(file, "'" + field + "' is not a list: " + v);
	}

	/** A list of strings (null entries become empty strings), or empty when absent. */
	public static List<String> strings(final Object v, final String field, final String file) throws TesseraIOException {
		return list(v, field, file).stream().map(o -> o == null ? "" : o.toString()).toList();
	}

	private static String firstLine(final String s) {
		if (s == null) return "";
		final int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}
}
