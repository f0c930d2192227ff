package org.tessera.cli;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tessera.index.CatalogCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code tessera bench-ann}: Lucene HNSW (the catalogue's codec, M=16, beam 100) on the 200k × 256 set:
 * build time per thread count, single-thread q/s and recall@10 over a k sweep (one force-merged
 * segment, {@code LeafReader.searchNearestVectors}, ids from an int array), and with a 10 % filter.
 * One JSON line per figure.
 */
@Command(name = "bench-ann", description = "Benchmark approximate nearest-neighbour search (JSON lines).")
final class BenchAnnCommand implements java.util.concurrent.Callable<Integer> {

	static final String FIELD = "v", TAG = "tag";

	@Option(names = "--data", paramLabel = "DIR", description = "The emb folder (default: $BENCH_DATA/emb, else /work/bench-data/emb).")
	Path data;

	@Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the indexes (default: a temp folder).")
	Path work;

	@Option(names = "--build-threads", split = ",", description = "Build thread counts (default 1,2; the first build is searched).")
	List<Integer> threads = List.of(1, 2);

	@Option(names = "--k", split = ",", description = "kNN k (= HNSW beam) sweep, top 10 kept (default 16,24,32,50,64).")
	List<Integer> ks = List.of(16, 24, 32, 50, 64);

	@Option(names = "--warmup", description = "Warm-up seconds before timing, per search path (default 5; at least 4 "
		+ "or some JVMs stay at half speed).")
	double warmup = 5;

	@Option(names = "--repeat", description = "Timed sweeps per k, best kept (default 3).")
	int repeat = 3;

	@Option(names = "--quantize", description = "8-bit scalar quantised graph (the catalogue's --quantize); searches "
		+ "rescore the k candidates with the raw vectors.")
	boolean quantize;

	@Option(names = "--reuse", description = "Search the index an earlier run left in --work; build nothing.")
	boolean reuse;

	@Option(names = "--no-search", description = "Build only (search later with --reuse, in a JVM of its own).")
	boolean noSearch;

	@Option(names = "--graph-per-part", description = "Build a graph per indexing thread's segment and merge them "
		+ "(the old way) instead of one graph at the merge.")
	boolean perPart;

	@Override
	public Integer call() throws Exception {
		final AnnData d = AnnData.read(data != null ? data : defaultData());
		final Path dir = work != null ? work : Files.createTempDirectory("tessera-ann");
		// NB: --reuse searches the first build left in --work by an earlier run (same options) instead of building.
		for (final int t : reuse ? List.<Integer>of() : threads) {
			final long cpu0 = cpuNanos();
			final double s = build(d, dir.resolve("t" + t), t);
			// NB: CPU seconds too: on a shared, loaded machine they say more than wall time.
			emit(Map.of("bench", "ann-build", "engine", engine(), "threads", t, "n", d.base().length, "seconds", s,
				"cpu_seconds", (cpuNanos() - cpu0) / 1e9, "graph", t == 1 ? "one, at the flush" : perPart ? "per part, merged" : "one, at the merge"));
		}
		if (noSearch) return 0;
		// NB: the 1-thread build (the first) is the graph DEPENDENCIES.md measured; others are timed only.
		try (Directory fs = FSDirectory.open(dir.resolve("t" + threads.get(0))); DirectoryReader r = DirectoryReader.open(fs)) {
			new AnnSearchBench(r, d, warmup, repeat, quantize, engine()).run(ks, BenchAnnCommand::emit);
		}
		return 0;
	}

	private static Path defaultData() {
		final String env = System.getenv("BENCH_DATA");
		return env != null ? Path.of(env, "emb") : Path.of("/work/bench-data/emb");
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private String engine() {
		return "lucene-10.6-hnsw" + (quantize ? "-int8" : "");
	}

	/**
	 * Indexes the base vectors on {@code t} threads (one segment each), force-merges to one segment; returns
	 * seconds. NB: with t > 1 the parts are flushed without a graph (below the tiny-segment threshold) and the
	 * merge builds the one graph on t workers: per-part graphs would be built, then mostly rebuilt by the merge.
	 */
	double build(final AnnData d, final Path where, final int t) throws Exception {
		final ExecutorService merge = t > 1 ? Executors.newFixedThreadPool(t) : null;
		// NB: Lucene builds a graph for n vectors iff n > tiny * ln(n): this tiny lets only the whole set have one
		// (parts of any split, even uneven, up to 95 % of it, stay below it).
		final int n = d.base().length;
		final int tiny = t > 1 && !perPart ? (int) (0.95 * n / Math.log(n)) : CatalogCodec.TINY;
		final IndexWriterConfig cfg = new IndexWriterConfig().setRAMBufferSizeMB(4096)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCodec(CatalogCodec.of(CatalogCodec.format(quantize, t, merge,
				tiny)));
		final long t0 = System.nanoTime();
		try (Directory dir = FSDirectory.open(where); IndexWriter w = new IndexWriter(dir, cfg)) {
			final List<Thread> ws = new ArrayList<>();
			for (int k = 0; k < t; k++) {
				final int p = k;
				ws.add(Thread.ofPlatform().start(() -> add(w, d, p, t)));
			}
			for (final Thread th : ws) th.join();
			w.forceMerge(1);
			w.commit();
		}
		finally {
			if (merge != null) merge.shutdown();
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	private static void add(final IndexWriter w, final AnnData d, final int part, final int parts) {
		try {
			for (int i = part; i < d.base().length; i += parts) {
				final Document doc = new Document();
				doc.add(new KnnFloatVectorField(FIELD, d.base()[i], VectorSimilarityFunction.DOT_PRODUCT));
				doc.add(new NumericDocValuesField("id", i));
				// NB: the metadata filter: a keyword on every tenth document (10 %).
				if (i % 10 == 0) doc.add(new StringField(TAG, "ten", Field.Store.NO));
				w.addDocument(doc);
			}
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static void emit(final Map<String, Object> m) {
		System.out.println(Json.write(new LinkedHashMap<>(m), false));
		System.out.flush();
	}
}
