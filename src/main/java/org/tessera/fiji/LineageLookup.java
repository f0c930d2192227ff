package org.tessera.fiji;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.index.Catalog;
import org.tessera.index.CatalogSchema;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;
import org.tessera.lineage.Activity;
import org.tessera.lineage.ActivitySource;
import org.tessera.lineage.Dot;
import org.tessera.lineage.ProvJson;
import org.tessera.meta.Checksums;

/**
 * What "Show Lineage..." shows for a subject: an image's {@link DatasetSource}, a dataset path, or an
 * id (record, entity {@code sha256:…}, activity {@code urn:uuid:…}). A dataset's subjects are its
 * catalogue records (by exact path and array, or every array of a path); a path the catalogue does not
 * list is looked up by its SHA-256, like {@code tessera lineage}. The lineage of the subjects is what
 * led to them and what was made from them ({@link Direction}), each activity once, oldest first.
 */
public final class LineageLookup {

	/** Which way to walk from the subjects. */
	public enum Direction {
		BOTH, UPSTREAM, DOWNSTREAM;

		/** Parses {@code both}, {@code upstream} or {@code downstream} (any case). */
		public static Direction of(final String name) {
			for (final Direction d : values()) {
				if (d.name().equalsIgnoreCase(name == null ? "" : name.trim())) return d;
			}
			throw new IllegalArgumentException("direction '" + name + "' is not both, upstream or downstream");
		}
	}

	/** The formats of the lineage as text. */
	public static final List<String> FORMATS = List.of("json", "dot");

	private LineageLookup() {}

	/**
	 * The lineage of {@code subject} in the catalogue at {@code catalog}.
	 *
	 * @throws IllegalArgumentException naming the catalogue and the subject when nothing is recorded for it
	 */
	public static List<Activity> of(final Path catalog, final String subject, final Direction d) throws IOException {
		try (Catalog c = Catalog.open(catalog)) {
			final List<Activity> found = walk(c.lineage(), seeds(c, subject), d);
			if (found.isEmpty()) throw new IllegalArgumentException(catalog + ": no lineage recorded for '" + subject + "'");
			return found;
		}
	}

	/** The lineage of the image's dataset array. */
	public static List<Activity> of(final Path catalog, final DatasetSource s, final Direction d) throws IOException {
		try (Catalog c = Catalog.open(catalog)) {
			final List<String> ids = recordIds(c, s.query());
			if (ids.isEmpty()) throw new IllegalArgumentException(catalog + ": no record of " + s.path() + " "
				+ s.array() + " (index its folder first)");
			return walk(c.lineage(), ids, d);
		}
	}

	/** The activities as PROV-JSON ({@code json}) or Graphviz DOT ({@code dot}) text. */
	public static String text(final List<Activity> activities, final String format) {
		switch (format == null ? "" : format.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "json": return ((JsonNode) ProvJson.of(activities)).toPrettyString();
			case "dot": return Dot.of(activities);
			default: throw new IllegalArgumentException("lineage format '" + format + "' is not one of " + FORMATS);
		}
	}

	// -- Helper methods --

	/** An existing path: its records, else its content id; anything else: the id itself. */
	private static List<String> seeds(final Catalog c, final String subject) throws IOException {
		final String s = subject.trim();
		// NB: ids hold colons (sha256:…, urn:uuid:…); a path with one must be absolute to count as a path.
		if (s.contains(":") && !s.startsWith("/") || !Files.exists(Path.of(s))) return List.of(s);
		final Path p = Path.of(s).toAbsolutePath().normalize();
		final List<String> ids = recordIds(c, CatalogSchema.PATH + ":" + DatasetSource.quote(p.toString()));
		return ids.isEmpty() ? List.of("sha256:" + Checksums.fileSha256(p)) : ids;
	}

	private static List<String> recordIds(final Catalog c, final String query) throws IOException {
		final List<String> ids = new ArrayList<>();
		for (final SearchResult.Hit h : c.search(SearchRequest.of(query, 1000)).hits()) ids.add(h.id());
		return ids;
	}

	private static List<Activity> walk(final ActivitySource src, final List<String> seeds, final Direction d)
		throws IOException
	{
		final Map<String, Activity> out = new LinkedHashMap<>();
		for (final String id : seeds) {
			src.activity(id).ifPresent(a -> out.putIfAbsent(a.id(), a));
			if (d != Direction.DOWNSTREAM) src.upstream(id).forEach(a -> out.putIfAbsent(a.id(), a));
			if (d != Direction.UPSTREAM) src.downstream(id).forEach(a -> out.putIfAbsent(a.id(), a));
		}
		final List<Activity> all = new ArrayList<>(out.values());
		all.sort(java.util.Comparator.comparing(Activity::started).thenComparing(Activity::id));
		return all;
	}
}
