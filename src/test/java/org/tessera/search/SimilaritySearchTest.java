package org.tessera.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.index.Catalog;
import org.tessera.index.CatalogException;
import org.tessera.index.CatalogWriter;
import org.tessera.index.IngestReport;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;
import org.tessera.index.VectorQuery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Similarity search on a real on-disk catalogue of labelled textures: by id, by plane, hybrid filters, fusion. */
class SimilaritySearchTest {

	@TempDir
	static Path tmp;

	static Path catalog;
	static List<Path> images;

	@BeforeAll
	static void build() throws IOException {
		images = SearchFixture.textures(tmp.resolve("data"));
		catalog = tmp.resolve("cat");
		final IngestReport r = SearchFixture.index(catalog, 0, List.of(HistogramEmbedder.NAME), tmp.resolve("data"));
		assertEquals(List.of(), r.failed());
		assertEquals(images.size(), r.indexed());
	}

	@Test
	void idSearchReturnsItselfFirst() throws IOException {
		try (Catalog c = Catalog.open(catalog)) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(), Fusion.SUM);
			for (final SearchResult.Hit h : c.search(SearchRequest.of("*", 100)).hits()) {
				final List<SimilarityHit> hits = s.search(s.byId(h.id(), 3));
				assertEquals(h.id(), hits.get(0).id());
				assertEquals(1.0, hits.get(0).score(), 1e-5);
				assertTrue(hits.get(0).explain().startsWith("test-hist=1.0000"), hits.get(0).explain());
			}
		}
	}

	@Test
	void planeQueryFindsItsClass() throws IOException {
		try (Catalog c = Catalog.open(catalog); var e = SearchFixture.hist()) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(e), Fusion.SUM);
			for (int cls = 0; cls < TestImages.CLASSES; cls++) {
				final List<SimilarityHit> hits = s.search(s.byPlane(SearchFixture.plane(cls, 777 + cls), 3));
				assertEquals(cls, SearchFixture.label(hits.get(0).path()), "class " + cls + ": " + hits);
			}
		}
	}

	@Test
	void hybridSearchNeverReturnsADocumentOutsideTheFilter() throws IOException {
		final Random r = new Random(42);
		try (Catalog c = Catalog.open(catalog)) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(), Fusion.SUM);
			final List<SearchResult.Hit> all = c.search(SearchRequest.of("*", 100)).hits();
			for (int trial = 0; trial < 60; trial++) {
				final String filter = randomFilter(r);
				final Set<String> admitted = ids(c.search(SearchRequest.of(filter, 1000)).hits());
				final String query = all.get(r.nextInt(all.size())).id();
				final int k = 1 + r.nextInt(12);
				final List<SimilarityHit> hits = s.search(s.byId(query, k).withFilter(filter));
				assertEquals(Math.min(k, admitted.size()), hits.size(), filter);
				for (final SimilarityHit h : hits) {
					assertTrue(admitted.contains(h.id()), filter + " admitted " + h.path());
					assertTrue(matches(filter, h.path()), filter + " vs stored path " + h.path());
					assertFalse(h.filter().isEmpty(), "explanation names the filter clause");
				}
			}
		}
	}

	@Test
	void patchDocumentsNeverAnswerMetadataSearches() throws IOException {
		final Path cat = tmp.resolve("cat-patches");
		SearchFixture.index(cat, 32, List.of(HistogramEmbedder.NAME), images.get(0), images.get(9));
		try (Catalog c = Catalog.open(cat)) {
			assertEquals(2, c.size());
			assertEquals(2, c.search(SearchRequest.of("*", 100)).total());
			assertEquals(2, c.search(new SearchRequest("*", 10, 0, null, true)).facets().get("format").values()
				.stream().mapToLong(Long::longValue).sum());
			final var patches = c.nearest(new VectorQuery(HistogramEmbedder.NAME, c.vector(c.search(SearchRequest.of("*",
				1)).hits().get(0).id(), HistogramEmbedder.NAME).orElseThrow(), 100, null, true));
			// NB: 96 px with tiles of 32, stride 16: 5 x 5 tiles per image.
			assertEquals(50, patches.size());
			assertTrue(patches.stream().allMatch(p -> p.patch() != null && p.patch().w() == 32));
		}
		SearchFixture.index(cat, 32, List.of(HistogramEmbedder.NAME), images.get(0));
		try (Catalog c = Catalog.open(cat)) {
			assertEquals(2, c.size(), "re-index replaces, never duplicates");
		}
	}

	@Test
	void dimensionMismatchIsRefusedWithAClearMessage() throws IOException {
		try (CatalogWriter w = CatalogWriter.open(tmp.resolve("cat-dim"))) {
			w.declareEmbedder("test-hist", 48);
			final CatalogException e = assertThrows(CatalogException.class, () -> w.declareEmbedder("test-hist", 64));
			assertEquals(tmp.resolve("cat-dim") + ": embedder 'test-hist' gives 64-d vectors but this catalogue holds "
				+ "48-d vectors for it (field vec.test-hist); index into a new catalogue or use the model it was built with",
				e.getMessage());
		}
		try (Catalog c = Catalog.open(catalog)) {
			final CatalogException e = assertThrows(CatalogException.class, () -> c.nearest(new VectorQuery("test-hist",
				new float[7], 3, null, false)));
			assertEquals(catalog + ": the query vector for embedder 'test-hist' has 7 dimensions but the catalogue "
				+ "holds 48-d vectors", e.getMessage());
			final CatalogException n = assertThrows(CatalogException.class, () -> c.nearest(new VectorQuery("nope",
				new float[7], 3, null, false)));
			assertEquals(catalog + ": catalogue holds no vectors of embedder 'nope' (it holds: test-hist)", n.getMessage());
		}
	}

	// -- Helper methods --

	/** A random OR of 1..6 exact paths, optionally minus one class's files. */
	private static String randomFilter(final Random r) {
		final List<String> terms = new ArrayList<>();
		final int n = 1 + r.nextInt(6);
		for (int i = 0; i < n; i++) terms.add("path:\"" + images.get(r.nextInt(images.size())) + "\"");
		final String or = "(" + String.join(" OR ", terms) + ")";
		return r.nextBoolean() ? or : "(" + or + " OR shape:96x96) AND NOT path:\"" + images.get(r.nextInt(images.size()))
			+ "\"";
	}

	/** Re-evaluates a filter of {@link #randomFilter}'s form against one stored path. */
	private static boolean matches(final String filter, final String path) {
		final String quoted = "path:\"" + path + "\"";
		if (!filter.contains("AND NOT")) return filter.contains(quoted);
		return !filter.substring(filter.indexOf("AND NOT")).contains(quoted);
	}

	private static Set<String> ids(final List<SearchResult.Hit> hits) {
		final Set<String> out = new HashSet<>();
		hits.forEach(h -> out.add(h.id()));
		return out;
	}
}
