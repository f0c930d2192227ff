package org.tessera.sample;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.index.Catalog;
import org.tessera.index.CatalogWriter;
import org.tessera.index.IngestReport;
import org.tessera.index.Indexer;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README main job's queries ({@code scripts/demo.sh}) over the generated collection: every query
 * returns exactly the microscopy datasets whose {@link Acquisition} parameters match it.
 */
class SampleCatalogTest {

	@TempDir
	static Path tmp;

	private static List<Path> datasets;

	@BeforeAll
	static void index() throws IOException {
		datasets = SampleCollection.generate(tmp.resolve("sample"));
		try (CatalogWriter w = CatalogWriter.open(tmp.resolve("catalog"))) {
			final IngestReport r = new Indexer(w, new Indexer.Options(true, false, 100, 10_000, 2), new Indexer.Listener() {})
				.run(List.of(tmp.resolve("sample")));
			assertEquals(List.of(), r.failed());
			assertEquals(datasets.size(), r.indexed());
		}
	}

	@Test
	void beamEnergyAndDetector() throws IOException {
		assertHits("instrument.beamEnergy:[200kV TO 300kV] AND detector:HAADF",
			q -> q.beamKv() >= 200 && q.beamKv() <= 300 && q.detectors().contains("HAADF"));
	}

	@Test
	void acquiredIn2021() throws IOException {
		assertHits("acquired:[2021-01-01 TO 2021-12-31]", q -> q.date().getYear() == 2021);
	}

	@Test
	void freeTextSample() throws IOException {
		assertHits("SrTiO3", q -> q.sample().equals("SrTiO3"));
	}

	@Test
	void facetsCountInstrumentsDetectorsAndYears() throws IOException {
		demoQuery("*");
		try (Catalog c = Catalog.open(tmp.resolve("catalog"))) {
			final Map<String, Map<String, Long>> f = c.search(new SearchRequest("*", 0, 0, null, true)).facets();
			assertEquals(count(q -> q.microscope()), new TreeMap<>(f.get("instrument")));
			assertEquals(count(q -> String.valueOf(q.date().getYear())), new TreeMap<>(f.get("year")));
			for (final String d : List.of("HAADF", "ADF", "BF", "EDS", "EELS")) {
				assertEquals(Acquisition.all().stream().filter(q -> q.detectors().contains(d)).count(), f.get("detector").get(d), d);
			}
		}
	}

	// -- Helper methods --

	/** The query returns exactly the microscopy datasets matching {@code expected} (and at least one). */
	private static void assertHits(final String query, final Predicate<Acquisition> expected) throws IOException {
		demoQuery(query);
		final List<String> want = Acquisition.all().stream().filter(expected).map(q -> q.fileName()).sorted().toList();
		assertTrue(!want.isEmpty(), "the demo query should hit something: " + query);
		try (Catalog c = Catalog.open(tmp.resolve("catalog"))) {
			final SearchResult r = c.search(SearchRequest.of(query, 100));
			assertEquals(want, r.hits().stream().map(h -> Path.of(h.path()).getFileName().toString()).sorted().toList(), query);
			assertEquals(want.size(), r.total(), query);
		}
	}

	/** NB: the counts are only worth something while demo.sh runs these very queries. */
	private static void demoQuery(final String query) throws IOException {
		final String demo = Files.readString(Path.of("scripts/demo.sh"));
		assertTrue(demo.contains("--query '" + query + "'"), "scripts/demo.sh runs --query '" + query + "'");
	}

	private static Map<String, Long> count(final Function<Acquisition, String> key) {
		return Acquisition.all().stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
	}
}
