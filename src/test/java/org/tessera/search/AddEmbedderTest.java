package org.tessera.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.index.Catalog;
import org.tessera.index.IngestReport;
import org.tessera.index.SearchRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Incremental indexing and embedding settings: adding an embedder (or patches) to a catalogue re-reads
 * the unchanged datasets it holds so they get vectors; the same settings again skip everything; a plain
 * re-index keeps the vectors.
 */
class AddEmbedderTest {

	@TempDir
	Path tmp;

	@Test
	void addingAnEmbedderVectorisesWhatTheCatalogueHolds() throws IOException {
		final List<Path> images = SearchFixture.textures(tmp.resolve("data"));
		final Path catalog = tmp.resolve("cat");
		final int n = images.size();
		assertCounts(n, 0, SearchFixture.index(catalog, 0, List.of(), tmp.resolve("data")));
		try (Catalog c = Catalog.open(catalog)) {
			assertEquals(Map.of(), c.embedders());
		}
		assertCounts(n, 0, SearchFixture.index(catalog, 0, List.of(SearchFixture.EMBEDDER), tmp.resolve("data")));
		assertCounts(0, n, SearchFixture.index(catalog, 0, List.of(SearchFixture.EMBEDDER), tmp.resolve("data")));
		assertCounts(0, n, SearchFixture.index(catalog, 0, List.of(), tmp.resolve("data")));
		try (Catalog c = Catalog.open(catalog)) {
			assertEquals(List.of(SearchFixture.EMBEDDER), List.copyOf(c.embedders().keySet()));
			final SimilaritySearch s = new SimilaritySearch(c, List.of(), Fusion.SUM);
			final String id = c.search(SearchRequest.of("*", 1)).hits().get(0).id();
			assertEquals(id, s.search(s.byId(id, 1)).get(0).id(), "vectors survive a plain re-index");
		}
		// NB: patches are a setting too: asking for them re-reads every dataset once more.
		assertCounts(n, 0, SearchFixture.index(catalog, 32, List.of(SearchFixture.EMBEDDER), tmp.resolve("data")));
	}

	private static void assertCounts(final int indexed, final int skipped, final IngestReport r) {
		assertEquals(List.of(), r.failed());
		assertEquals(indexed, r.indexed(), "indexed");
		assertEquals(skipped, r.skipped(), "skipped");
	}
}
