package org.tessera.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.lineage.Activity;
import org.tessera.lineage.Chain;
import org.tessera.lineage.Entity;
import org.tessera.lineage.LineageGraph;
import org.tessera.meta.Checksums;
import org.tessera.sample.TinyDatasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Activities in an on-disk catalogue: round trip, queries both ways, invisible to metadata searches,
 * facets and counts, kept when datasets are re-indexed; the indexer's own extract/index activities.
 */
class CatalogLineageTest {

	@TempDir
	Path tmp;

	private static List<String> types(final List<Activity> as) {
		return as.stream().map(Activity::type).toList();
	}

	/** Indexes {@code data} into {@code cat}, recording lineage. */
	private static IngestReport index(final Path cat, final Path data) throws IOException {
		try (CatalogWriter w = CatalogWriter.open(cat)) {
			return new Indexer(w, CatalogIngestTest.options(true, false), new Indexer.Listener() {}, LineageStore.batched(w))
				.run(List.of(data));
		}
	}

	@Test
	void storedActivitiesReadBackAndAnswerBothWays() throws IOException {
		final LineageGraph memory = new LineageGraph();
		try (CatalogWriter w = CatalogWriter.open(tmp.resolve("cat"))) {
			final LineageStore store = LineageStore.committing(w);
			new Chain(a -> {
				memory.record(a);
				store.record(a);
			});
		}
		try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
			final CatalogLineage l = c.lineage();
			assertEquals(memory.activities(), l.all(null));
			for (final Activity a : memory.activities()) assertEquals(a, l.activity(a.id()).orElseThrow());
			assertEquals(List.of("index", "reduce", "extract"), types(l.upstream(Chain.COMMIT)));
			assertEquals(List.of("extract", "reduce", "index"), types(l.downstream(Chain.FILE)));
			assertEquals(List.of("reduce"), types(l.byComponent("model.sha256", Chain.MODEL)));
			assertEquals(List.of("open"), types(l.all("open")));
			assertEquals(0, c.size(), "activities are not records");
		}
	}

	@Test
	void activitiesAreInvisibleToSearchesFacetsAndCounts() throws IOException {
		final Path data = tmp.resolve("data"), cat = tmp.resolve("cat");
		TinyDatasets.write(data, 3);
		index(tmp.resolve("plain"), data);
		final SearchRequest all = new SearchRequest("*", 50, 0, null, true);
		final SearchResult before;
		try (CatalogWriter w = CatalogWriter.open(cat)) {
			new Indexer(w, CatalogIngestTest.options(true, false), new Indexer.Listener() {}).run(List.of(data));
		}
		try (Catalog c = Catalog.open(cat)) {
			before = c.search(all);
		}
		index(cat, data.resolve("tiny-00000.n5").getParent()); // NB: same datasets: nothing new, no activity
		try (CatalogWriter w = CatalogWriter.open(cat)) {
			new Chain(LineageStore.committing(w));
		}
		try (Catalog c = Catalog.open(cat)) {
			final SearchResult after = c.search(all);
			assertEquals(before.total(), after.total());
			assertEquals(3, c.size());
			assertEquals(before.facets(), after.facets());
			assertEquals(before.hits().stream().map(SearchResult.Hit::id).toList(), after.hits().stream()
				.map(SearchResult.Hit::id).toList());
			final String activity = c.lineage().all("reduce").getFirst().id();
			assertEquals(0, c.search(SearchRequest.of("id:\"" + activity + "\"", 5)).total());
			assertTrue(c.record(activity).isEmpty(), "an activity id is no record");
			assertEquals(4, c.lineage().all(null).size());
		}
	}

	@Test
	void indexerRecordsExtractAndIndexAndReindexingKeepsThem() throws IOException {
		final Path data = tmp.resolve("data"), cat = tmp.resolve("cat");
		final List<Path> sets = TinyDatasets.write(data, 2);
		assertEquals(2, index(cat, data).indexed());
		final String fileSha = "sha256:" + Checksums.fileSha256(sets.get(1));
		TinyDatasets.write(sets.get(1), 1, 1); // new pixels: re-read and replaced
		assertEquals(1, index(cat, data).indexed());
		try (Catalog c = Catalog.open(cat)) {
			final CatalogLineage l = c.lineage();
			assertEquals(List.of("index", "extract", "extract", "index", "extract"), types(l.all(null)), "by start time");
			assertEquals(List.of("index", "extract"), types(l.using(fileSha)), "the first run read it, then indexed it");
			final Activity first = l.using(fileSha).getLast();
			final Set<String> recordIds = first.outputs().stream().filter(e -> e.kind().equals("record")).map(Entity::id)
				.collect(Collectors.toSet());
			assertEquals(1, recordIds.size());
			assertTrue(first.outputs().stream().anyMatch(e -> e.id().equals("array-sha256:" + recordIds.iterator().next()
				.substring(0, 64))), "array hash is the record id's hash");
			assertEquals(Map.of("reader.n5", c.record(c.search(SearchRequest.of("*", 1)).hits().getFirst().id())
				.orElseThrow().readerVersion()), first.agent().components());
			final Activity lastIndex = l.all("index").getLast();
			assertEquals("sha256:" + Checksums.fileSha256(sets.get(1)), lastIndex.inputs().getFirst().id());
			assertEquals(List.of("file", "record"), lastIndex.inputs().stream().map(Entity::kind).toList());
			assertTrue(lastIndex.outputs().getFirst().id().matches("file:.*#commit=\\d+"), lastIndex.outputs().toString());
			assertEquals(List.of("index", "extract"), types(l.upstream(lastIndex.outputs().getFirst().id())));
			assertEquals(2, c.size(), "one record per dataset, activities not counted");
		}
	}
}
