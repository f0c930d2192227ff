package org.tessera.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;

/** The one JSON mapper of the command line: stable key order as built, no failure on empty beans. */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

	private Json() {}

	/** The value as compact (or indented) JSON text. */
	static String write(final Object value, final boolean pretty) {
		try {
			return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value)
				: MAPPER.writeValueAsString(value);
		}
		catch (final JsonProcessingException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A finite double, or null for NaN and infinities (JSON has no NaN). */
	static Double finite(final double v) {
		return Double.isFinite(v) ? v : null;
	}

	/** The fields every search hit has in {@code --json} output (DESIGN.md), in order; callers may add more. */
	static java.util.Map<String, Object> hit(final String id, final String path, final String array, final double score,
		final String explain)
	{
		final java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("id", id);
		m.put("path", path);
		m.put("array", array);
		m.put("score", finite(score));
		m.put("explain", explain);
		return m;
	}
}
