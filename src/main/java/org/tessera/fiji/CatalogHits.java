package org.tessera.fiji;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tessera.fiji.DatasetOpener.Selection;
import org.tessera.index.Catalog;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;
import org.tessera.meta.Record;

/**
 * The hits of one catalogue search, with each hit's record and thumbnail read while the catalogue
 * was open: what "Search Catalog..." shows and what the {@code Ext.tesseraHit*} macro functions read.
 * The last search (from the plugin, the command or {@code Ext.tesseraSearch}) is kept for macros.
 */
public final class CatalogHits {

	/** One hit with its stored record and thumbnail PNG, each empty when the catalogue has none. */
	public record Row(SearchResult.Hit hit, Optional<Record> record, Optional<byte[]> thumbnail) {}

	private static volatile CatalogHits last;

	private final Path catalog;
	private final String query;
	private final long total;
	private final List<Row> rows;

	private CatalogHits(final Path catalog, final String query, final long total, final List<Row> rows) {
		this.catalog = catalog;
		this.query = query;
		this.total = total;
		this.rows = List.copyOf(rows);
	}

	/**
	 * Runs {@code query} (Lucene syntax; blank for everything) on the catalogue in {@code catalog},
	 * keeps the first {@code k} hits and remembers them as the {@link #last} search.
	 *
	 * @throws org.tessera.index.QuerySyntaxException pointing at the error in the query
	 */
	public static CatalogHits search(final Path catalog, final String query, final int k) throws IOException {
		final String q = query == null || query.isBlank() ? "*" : query;
		try (Catalog c = Catalog.open(catalog)) {
			final SearchResult r = c.search(SearchRequest.of(q, k));
			return read(c, catalog, q, r.total(), r.hits());
		}
	}

	/**
	 * The rows of {@code hits} (of any search: a query, a similarity search) with each one's record and
	 * thumbnail read from the open catalogue {@code c} (at {@code catalog}); remembered as the {@link #last}.
	 *
	 * @param query what was searched, in words
	 */
	public static CatalogHits read(final Catalog c, final Path catalog, final String query, final long total,
		final List<SearchResult.Hit> hits) throws IOException
	{
		final List<Row> rows = new ArrayList<>();
		for (final SearchResult.Hit h : hits) rows.add(new Row(h, c.record(h.id()), c.thumbnail(h.id())));
		final CatalogHits out = new CatalogHits(catalog, query, total, rows);
		last = out;
		return out;
	}

	/** The last search run in this JVM. */
	public static Optional<CatalogHits> last() {
		return Optional.ofNullable(last);
	}

	/** The catalogue searched. */
	public Path catalog() {
		return catalog;
	}

	/** The query run. */
	public String query() {
		return query;
	}

	/** Every matching array, also those beyond the hits kept. */
	public long total() {
		return total;
	}

	/** The hits kept, best first. */
	public List<Row> rows() {
		return rows;
	}

	/** Hit {@code index}'s {@code field} as text (see {@link HitFields}). */
	public String field(final int index, final String field) {
		return HitFields.get(row(index), field);
	}

	/**
	 * Opens hit {@code index}'s array lazily as a virtual stack (a pyramid level opens as that
	 * level). The image is not shown.
	 */
	public ImagePlus open(final int index, final int screenW, final int screenH) throws IOException {
		final SearchResult.Hit h = row(index).hit();
		return DatasetOpener.open(Path.of(h.path()), c -> Optional.of(new Selection(h.array(), -1)), screenW, screenH)
			.orElseThrow();
	}

	private Row row(final int index) {
		if (index < 0 || index >= rows.size()) {
			throw new IndexOutOfBoundsException("hit " + index + " of " + rows.size() + " (query '" + query + "' on "
				+ catalog + ")");
		}
		return rows.get(index);
	}
}
