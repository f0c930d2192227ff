package org.tessera.cli;

import org.tessera.index.Catalog;
import org.tessera.index.CatalogWriter;
import org.tessera.index.FileStamp;
import org.tessera.index.IngestReport;
import org.tessera.index.Indexer;
import org.tessera.index.RecordDocuments;
import org.tessera.index.SearchRequest;
import org.tessera.sample.SampleRecords;
import org.tessera.sample.TinyDatasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera bench-catalog WORKDIR}: ingest rate over generated tiny datasets (record +
 * thumbnail + content hash) and query latency p50/p95 over synthetic records; one JSON line per figure.
 */
@Command(name = "bench-catalog", description = "Time catalogue ingest (datasets/s) and query latency (JSON lines).")
final class CatalogBenchCommand implements Callable<Integer> {

	static final List<String> QUERIES = List.of("detector:HAADF AND instrument.microscope:Titan",
		"instrument.beamEnergy:[200kV TO 300kV]", "acquired:[2021-01-01 TO 2021-06-30]",
		"instrument.beamEnergy:[200 TO 300] AND detector:HAADF AND pixelSize:[* TO 0.5nm]", "\"gold-3\"");

	@Parameters(index = "0", paramLabel = "WORKDIR", description = "Scratch directory (datasets and catalogues).")
	Path work;

	@Option(names = "--datasets", description = "Tiny datasets to ingest (default 10000).")
	int datasets = 10_000;

	@Option(names = "--documents", description = "Synthetic documents for the query part (default 100000).")
	int documents = 100_000;

	@Option(names = "--threads", description = "Ingest threads (default 2).")
	int threads = 2;

	@Option(names = "--queries", description = "Timed runs per query after warm-up (default 500).")
	int runs = 500;

	@Override
	public Integer call() throws Exception {
		TinyDatasets.write(work.resolve("tiny"), datasets);
		long t0 = System.nanoTime();
		final IngestReport r;
		try (CatalogWriter w = CatalogWriter.open(work.resolve("ingest-catalog"))) {
			r = new Indexer(w, new Indexer.Options(true, false, 1000, 10_000, threads), new Indexer.Listener() {})
				.run(List.of(work.resolve("tiny")));
		}
		final double s = (System.nanoTime() - t0) / 1e9;
		emit(Map.of("bench", "ingest", "datasets", r.indexed(), "failed", r.failed().size(), "seconds", s,
			"datasets_per_s", r.indexed() / s, "threads", threads));
		t0 = System.nanoTime();
		try (CatalogWriter w = CatalogWriter.open(work.resolve("query-catalog"))) {
			for (int i = 0; i < documents; i++) {
				w.replace("/synthetic/" + i, List.of(RecordDocuments.of(SampleRecords.record(i),
					new FileStamp("/synthetic/" + i, i, i), null)));
			}
		}
		emit(Map.of("bench", "write-synthetic", "documents", documents, "seconds", (System.nanoTime() - t0) / 1e9));
		try (Catalog c = Catalog.open(work.resolve("query-catalog"))) {
			for (final String q : QUERIES) latency(c, q);
		}
		return 0;
	}

	private void latency(final Catalog c, final String q) throws Exception {
		for (int i = 0; i < 200; i++) c.search(SearchRequest.of(q, 10));
		final double[] ms = new double[runs];
		long total = 0;
		for (int i = 0; i < runs; i++) {
			final long t = System.nanoTime();
			total = c.search(SearchRequest.of(q, 10)).total();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("bench", "query");
		m.put("query", q);
		m.put("documents", c.size());
		m.put("total", total);
		m.put("p50_ms", ms[runs / 2]);
		m.put("p95_ms", ms[(int) (runs * 0.95)]);
		emit(m);
	}

	private static void emit(final Map<String, Object> m) {
		System.out.println(Json.write(m, false));
	}
}
