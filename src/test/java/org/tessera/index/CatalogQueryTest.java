package org.tessera.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.meta.Record;
import org.tessera.sample.SampleRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** Queries over 400 synthetic records written to a real on-disk catalogue: expected counts come from the generator. */
class CatalogQueryTest {

	static final int N = 400;

	@TempDir
	static Path dir;

	static Catalog catalog;

	@BeforeAll
	static void write() throws IOException {
		try (CatalogWriter w = CatalogWriter.open(dir)) {
			for (int i = 0; i < N; i++) {
				final Record r = SampleRecords.record(i);
				w.replace("/synthetic/" + i, List.of(RecordDocuments.of(r, new FileStamp("/synthetic/" + i, i, i), null)));
			}
		}
		catalog = Catalog.open(dir);
	}

	@AfterAll
	static void close() throws IOException {
		catalog.close();
	}

	static long count(final IntPredicate p) {
		return IntStream.range(0, N).filter(p).count();
	}

	static long total(final String q) throws IOException {
		return catalog.search(SearchRequest.of(q, 0)).total();
	}

	@Test
	void fieldAndRangeQueries() throws IOException {
		final long expected = count(i -> SampleRecords.detectors(i).contains("HAADF") && SampleRecords.beamKv(i) >= 200);
		assertTrue(expected > 0 && expected < N);
		assertEquals(expected, total("instrument.beamEnergy:[200 TO 300] AND detector:HAADF"));
		assertEquals(expected, total("instrument.beamEnergy:[200kV TO 300000V] AND detector:haadf"));
		assertEquals(count(i -> SampleRecords.beamKv(i) == 300), total("instrument.beamEnergy:\"300 kV\""));
		assertEquals(count(i -> SampleRecords.beamKv(i) > 80), total("instrument.beamEnergy:{80kV TO *]"));
		assertEquals(count(i -> SampleRecords.pixelNm(i) <= 0.5 + 1e-9), total("pixelSize:[* TO 500pm]"));
		assertEquals(count(i -> SampleRecords.pixelNm(i) <= 0.5 + 1e-9), total("pixelSize:[* TO 0.5nm]"));
		assertEquals(count(i -> SampleRecords.microscope(i).equals("Titan")), total("instrument.microscope:titan"));
		assertEquals(count(i -> SampleRecords.format(i).equals("emd-velox")), total("format:emd-velox"));
	}

	@Test
	void dateRangesAndFreeText() throws IOException {
		final long y2021 = count(i -> SampleRecords.acquired(i).getYear() == 2021);
		assertEquals(y2021, total("acquired:[2021-01-01 TO 2021-12-31]"));
		assertEquals(y2021, total("acquired:2021"));
		assertEquals(y2021, total("year:2021"));
		assertEquals(count(i -> SampleRecords.acquired(i).getYear() >= 2022), total("acquired:[2022 TO *]"));
		assertEquals(N, total("AccelerationVoltage"));
		assertEquals(count(i -> SampleRecords.beamKv(i) == 300), total("AccelerationVoltage AND 300000"));
		assertEquals(count(i -> SampleRecords.sample(i).equals("gold-3")), total("\"gold-3\""));
		assertEquals(1, total("title:\"synthetic scan 17 of\""));
	}

	@Test
	void facetsCountAllMatches() throws IOException {
		final SearchResult r = catalog.search(new SearchRequest("detector:HAADF", 1, 0, null, true));
		assertEquals(N / 2, r.total());
		assertEquals(1, r.hits().size());
		for (final String f : SampleRecords.FORMATS) {
			assertEquals(count(i -> i % 2 == 0 && SampleRecords.format(i).equals(f)), r.facets().get("format").getOrDefault(f, 0L));
		}
		assertEquals(Set.of("HAADF"), r.facets().get("detector").keySet());
		assertEquals(count(i -> i % 2 == 0 && SampleRecords.acquired(i).getYear() == 2019), r.facets().get("year").get("2019"));
		assertEquals(count(i -> i % 2 == 0 && SampleRecords.microscope(i).equals("Talos")), r.facets().get("instrument").get("Talos"));
	}

	@Test
	void sortAndPaging() throws IOException {
		final SearchResult asc = catalog.search(new SearchRequest("*", 50, 0, "acquired", false));
		String previous = "";
		for (final SearchResult.Hit h : asc.hits()) {
			final String acq = catalog.record(h.id()).orElseThrow().acquired();
			assertTrue(acq.compareTo(previous) >= 0, acq + " after " + previous);
			previous = acq;
		}
		final SearchResult desc = catalog.search(new SearchRequest("*", 5, 0, "-beamEnergy", false));
		for (final SearchResult.Hit h : desc.hits()) {
			assertEquals(300.0, catalog.record(h.id()).orElseThrow().instrument().beamEnergy().value());
		}
		final List<SearchResult.Hit> all = catalog.search(new SearchRequest("detector:BF", 30, 0, "id", false)).hits();
		final Set<String> paged = new HashSet<>();
		for (int page = 0; page < 3; page++) {
			final List<SearchResult.Hit> hs = catalog.search(new SearchRequest("detector:BF", 10, page * 10, "id", false)).hits();
			assertEquals(all.subList(page * 10, page * 10 + 10).stream().map(SearchResult.Hit::id).toList(),
				hs.stream().map(SearchResult.Hit::id).toList());
			hs.forEach(h -> paged.add(h.id()));
		}
		assertEquals(30, paged.size());
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> catalog.search(new SearchRequest("*", 1, 0, "colour", false)));
		assertTrue(e.getMessage().contains("unknown sort 'colour'"), e.getMessage());
	}

	@Test
	void hitsExplainAndRecordsRoundTrip() throws IOException {
		final SearchResult r = catalog.search(SearchRequest.of("detector:HAADF AND instrument.beamEnergy:[250kV TO 300kV]", 3));
		final SearchResult.Hit h = r.hits().get(0);
		assertTrue(h.explain().contains("detector:haadf") && h.explain().contains("instrument.beamEnergy:[250.0 TO 300.0]"),
			h.explain());
		final Record back = catalog.record(h.id()).orElseThrow();
		final int i = IntStream.range(0, N).filter(k -> SampleRecords.record(k).id().equals(h.id())).findFirst().orElseThrow();
		final Record original = SampleRecords.record(i);
		assertEquals(original.location(), h.path());
		assertEquals(original.instrument(), back.instrument());
		assertEquals(original.datacite(), back.datacite());
		assertEquals(original.flattened(), back.flattened());
	}

	@Test
	void syntaxErrorsPointAtTheColumn() {
		final QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
			() -> catalog.search(SearchRequest.of("detector:HAADF AND (format:zarr", 1)));
		assertTrue(e.getMessage().startsWith("query syntax error at column "), e.getMessage());
		assertTrue(e.column() > 20, e.getMessage());
		final QuerySyntaxException u = assertThrows(QuerySyntaxException.class,
			() -> catalog.search(SearchRequest.of("instrument.beamEnergy:[200kg TO 300kV]", 1)));
		assertTrue(u.getMessage().contains("unknown unit 'kg'"), u.getMessage());
		final QuerySyntaxException d = assertThrows(QuerySyntaxException.class,
			() -> catalog.search(SearchRequest.of("acquired:[yesterday TO 2021]", 1)));
		assertTrue(d.getMessage().contains("not an ISO 8601 date or date-time: 'yesterday'"), d.getMessage());
	}
}
