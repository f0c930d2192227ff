package org.tessera.fiji;

import ij.ImagePlus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.index.Catalog;
import org.tessera.index.SearchResult;
import org.tessera.search.Fusion;
import org.tessera.search.SearchSession;
import org.tessera.search.SimilarityHit;
import org.tessera.search.SimilaritySearch;

/**
 * The state behind the "Find Similar..." results browser, without any window: the open catalogue and
 * embedders, the {@link SearchSession} (marks, Rocchio refinement, "search with this hit", back and
 * forward) and the hits on show as {@link CatalogHits} (with records and thumbnails). Every change of
 * the hits makes them the {@link CatalogHits#last()} that {@code Ext.getHit} reads. Not thread-safe;
 * close it to release the catalogue and the embedders.
 */
public final class SimilarBrowserModel implements AutoCloseable {

	private static volatile SimilarBrowserModel last;

	private final SimilarRequest request;
	private final String subject;
	private final Catalog catalog;
	private final List<Embedder> embedders;
	private final SearchSession session;
	private CatalogHits hits;

	private SimilarBrowserModel(final SimilarRequest request, final String subject, final Catalog catalog,
		final List<Embedder> embedders, final SearchSession session)
	{
		this.request = request;
		this.subject = subject;
		this.catalog = catalog;
		this.embedders = embedders;
		this.session = session;
	}

	/** Opens the catalogue and embedders of {@code req} and runs the first search for {@code subject}. */
	static SimilarBrowserModel open(final SimilarRequest req, final SimilarSubject subject) throws IOException {
		final Catalog c = Catalog.open(req.catalog());
		final List<Embedder> embedders = new ArrayList<>();
		try {
			for (final String name : req.names()) embedders.add(Embedders.create(name, EmbedOptions.DEFAULT));
			final SimilaritySearch s = new SimilaritySearch(c, embedders, Fusion.SUM);
			final String filter = req.filter() == null || req.filter().isBlank() ? null : req.filter().trim();
			final SearchSession session = new SearchSession(s, subject.query(s, req.k()).withFilter(filter));
			final SimilarBrowserModel m = new SimilarBrowserModel(req, subject.words(), c, embedders, session);
			m.show(session.hits());
			remember(m);
			return m;
		}
		catch (final IOException | RuntimeException e) {
			embedders.forEach(Embedder::close);
			c.close();
			throw e;
		}
	}

	/** The last model made (for {@code Ext.refine}). */
	static Optional<SimilarBrowserModel> last() {
		return Optional.ofNullable(last);
	}

	/** The hits on show. */
	public CatalogHits hits() {
		return hits;
	}

	/** The request this browser was opened with. */
	public SimilarRequest request() {
		return request;
	}

	// -- Marks --

	/** Marks hit {@code i} relevant (true), not relevant (false), or neither (empty). */
	public void mark(final int i, final Optional<Boolean> relevant) {
		final String id = id(i);
		if (relevant.isEmpty()) session.unmark(id);
		else session.mark(id, relevant.get());
	}

	/** The mark of hit {@code i}. */
	public Optional<Boolean> mark(final int i) {
		final String id = id(i);
		return session.positives().contains(id) ? Optional.of(true) : session.negatives().contains(id) ? Optional.of(false)
			: Optional.empty();
	}

	/** Marks records by id: each of {@code positive} relevant, each of {@code negative} not. */
	public void mark(final List<String> positive, final List<String> negative) {
		positive.forEach(id -> session.mark(id, true));
		negative.forEach(id -> session.mark(id, false));
	}

	// -- New queries --

	/** Moves the query by the marks (Rocchio) and shows its hits. */
	public CatalogHits refine() throws IOException {
		return show(session.refine());
	}

	/** Searches with hit {@code i}'s stored vectors (same k and filter). */
	public CatalogHits searchWith(final int i) throws IOException {
		return show(session.searchWith(id(i)));
	}

	public boolean canGoBack() {
		return session.canGoBack();
	}

	public boolean canGoForward() {
		return session.canGoForward();
	}

	/** The previous query's hits. @throws IllegalStateException at the first query */
	public CatalogHits back() throws IOException {
		session.back();
		return show(session.hits());
	}

	/** The next query's hits. @throws IllegalStateException at the last query */
	public CatalogHits forward() throws IOException {
		session.forward();
		return show(session.hits());
	}

	/** Opens hit {@code i}'s dataset lazily (the "Open Dataset..." path); not shown. */
	public ImagePlus open(final int i, final int screenW, final int screenH) throws IOException {
		return hits.open(i, screenW, screenH);
	}

	@Override
	public void close() throws IOException {
		if (last == this) last = null;
		embedders.forEach(Embedder::close);
		catalog.close();
	}

	// -- Helper methods --

	private CatalogHits show(final List<SimilarityHit> found) throws IOException {
		final List<SearchResult.Hit> rows = found.stream().map(h -> new SearchResult.Hit(h.id(), h.path(), h.array(), h
			.score(), h.explain())).toList();
		hits = CatalogHits.read(catalog, request.catalog(), "similar to " + subject, rows.size(), rows);
		return hits;
	}

	/** NB: a model replaced by a newer one is closed unless a browser window still shows it. */
	private static void remember(final SimilarBrowserModel m) throws IOException {
		final SimilarBrowserModel old = last;
		last = m;
		if (old != null && !SimilarBrowser.shows(old)) old.close();
	}

	private String id(final int i) {
		return hits.rows().get(checked(i)).hit().id();
	}

	private int checked(final int i) {
		if (i < 0 || i >= hits.rows().size()) throw new IndexOutOfBoundsException("hit " + i + " of " + hits.rows().size()
			+ " (" + hits.query() + ")");
		return i;
	}
}
