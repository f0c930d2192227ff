package org.tessera.meta.extract;

import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.MetadataExtractor;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Base of the shipped extractors: a stable name and the reader names it supports, plus the "primary
 * array" a container record describes (the first array that is not a thumbnail).
 */
abstract class FormatExtractor implements MetadataExtractor {

	private final String name;
	private final Set<String> formats;

	FormatExtractor(final String name, final String... formats) {
		this.name = name;
		this.formats = Set.of(formats);
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final boolean supports(final Container container) {
		return formats.contains(container.format());
	}

	/** The array's attributes, or for a container record those of its primary array (empty when it has none). */
	static Map<String, Object> attributes(final Container c, final ChunkedArray a) throws IOException {
		if (a != null) return a.attributes();
		for (final ArrayInfo i : c.arrays()) {
			if (!i.dtype().isNumeric()) continue;
			final Map<String, Object> at = c.array(i.name()).attributes();
			if (!Boolean.TRUE.equals(at.get("thumbnail"))) return at;
		}
		return Map.of();
	}
}
