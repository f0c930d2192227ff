package org.tessera.cli;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.knn.KnnSearchStrategy;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.VectorUtil;
import org.tessera.index.LeafKnn;
import org.tessera.index.SignSketch;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The query half of {@code bench-ann}: one segment, one thread, warm-up first; recall@10 against the exact
 * top 10 (for the filtered runs: exact top 10 among the filtered documents, computed here).
 */
final class AnnSearchBench {

	/** One way of answering a query: the top-10 ids. */
	private interface Searcher {
		int[] top10(float[] q, int k) throws IOException;
	}

	private static final KnnSearchStrategy PLAIN_WALK = new KnnSearchStrategy.Hnsw(0);

	private final LeafReader leaf;
	private final IndexSearcher searcher;
	private final AnnData d;
	private final int[] ids;
	private final double warmup;
	private final int repeat;
	private final String engine;
	/** The raw vectors when the graph is quantised (candidates are rescored with them), else null. */
	private final FloatVectorValues raw;

	AnnSearchBench(final DirectoryReader r, final AnnData d, final double warmup, final int repeat, final boolean quantized,
		final String engine) throws IOException
	{
		if (r.leaves().size() != 1) throw new IllegalStateException("expected one segment, got " + r.leaves().size());
		this.leaf = r.leaves().get(0).reader();
		this.searcher = new IndexSearcher(r);
		this.d = d;
		this.warmup = warmup;
		this.repeat = repeat;
		this.engine = engine;
		this.raw = quantized ? leaf.getFloatVectorValues(BenchAnnCommand.FIELD) : null;
		if (raw != null && raw.size() != leaf.maxDoc()) throw new IllegalStateException("expected a vector per document");
		this.ids = new int[leaf.maxDoc()];
		final NumericDocValues v = leaf.getNumericDocValues("id");
		for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) ids[doc] = (int) v.longValue();
	}

	void run(final List<Integer> ks, final Consumer<Map<String, Object>> out) throws IOException {
		// NB: acceptDocs = the live docs (null: none deleted), so HNSW takes its unfiltered path.
		final Searcher plain = (q, k) -> map(leaf.searchNearestVectors(BenchAnnCommand.FIELD, q, k,
			AcceptDocs.fromLiveDocs(leaf.getLiveDocs(), leaf.maxDoc()), Integer.MAX_VALUE), q);
		warm(plain);
		final Map<Integer, Double> qps = new java.util.HashMap<>();
		for (final int k : ks) {
			final double[] r = time(plain, k, d.truth());
			qps.put(k, r[0]);
			out.accept(Map.of("bench", "ann-search", "engine", engine, "k", k, "qps", r[0], "recall10", r[1]));
		}
		filtered(ks, qps, out);
	}

	private void filtered(final List<Integer> ks, final Map<Integer, Double> qps, final Consumer<Map<String, Object>> out)
		throws IOException
	{
		final TermQuery tag = new TermQuery(new Term(BenchAnnCommand.TAG, "ten"));
		final FixedBitSet bits = new FixedBitSet(leaf.maxDoc());
		final DocIdSetIterator it = searcher.createWeight(searcher.rewrite(tag), ScoreMode.COMPLETE_NO_SCORES, 1)
			.scorer(searcher.getIndexReader().leaves().get(0)).iterator();
		for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) bits.set(doc);
		final int[][] truth = filteredTruth();
		final Searcher query = (q, k) -> map(searcher.search(new KnnFloatVectorQuery(BenchAnnCommand.FIELD, q, k, tag), k), q);
		// NB: the catalogue's filtered path: accept bits built once per filter, exact when HNSW would visit more.
		final Searcher bitset = (q, k) -> map(LeafKnn.searchLeaf(leaf, BenchAnnCommand.FIELD, q, k, bits), q);
		// NB: the plain graph walk skipping rejected nodes' results (no ACORN-style two-hop expansion).
		final Searcher walk = (q, k) -> map(LeafKnn.searchLeaf(leaf, BenchAnnCommand.FIELD, q, k, bits, PLAIN_WALK, null), q);
		// NB: the catalogue's path once a field has had a few filtered searches: the sign sketches, where cheaper.
		final long t0 = System.nanoTime();
		final SignSketch sketch = SignSketch.of(leaf, BenchAnnCommand.FIELD);
		final double made = (System.nanoTime() - t0) / 1e9;
		final long t1 = System.nanoTime();
		final SignSketch.Subset subset = sketch.subset(bits);
		out.accept(Map.of("bench", "ann-sketch", "engine", engine, "seconds", made, "bytes", sketch.bytes(), "subset_seconds",
			(System.nanoTime() - t1) / 1e9, "subset_bytes", subset.bytes()));
		final Searcher sketched = (q, k) -> map(LeafKnn.searchLeaf(leaf, BenchAnnCommand.FIELD, q, k, bits, LeafKnn.FILTERED,
			subset), q);
		warm(query);
		warm(bitset);
		warm(walk);
		warm(sketched);
		for (final int k : ks) {
			final double[] a = time(query, k, truth), b = time(bitset, k, truth), c = time(walk, k, truth), e = time(sketched, k,
				truth);
			final Map<String, Object> m = new java.util.LinkedHashMap<>(Map.of("bench", "ann-filter10", "engine", engine, "k", k,
				"qps_query", a[0], "recall10_query", a[1], "qps_bitset", b[0], "recall10_bitset", b[1], "cost_vs_unfiltered",
				qps.get(k) / a[0], "cost_bitset_vs_unfiltered", qps.get(k) / b[0]));
			m.putAll(Map.of("qps_walk", c[0], "recall10_walk", c[1], "cost_walk_vs_unfiltered", qps.get(k) / c[0]));
			m.putAll(Map.of("qps_sketch", e[0], "recall10_sketch", e[1], "cost_sketch_vs_unfiltered", qps.get(k) / e[0]));
			out.accept(m);
		}
	}

	// -- Helper methods --

	private void warm(final Searcher s) throws IOException {
		final long end = System.nanoTime() + (long) (warmup * 1e9);
		while (System.nanoTime() < end) {
			for (final float[] q : d.queries()) s.top10(q, 32);
		}
	}

	/** {best q/s over the repeats, recall@10}. */
	private double[] time(final Searcher s, final int k, final int[][] truth) throws IOException {
		double best = 0, recall = 0;
		for (int rep = 0; rep < repeat; rep++) {
			int found = 0;
			final long t0 = System.nanoTime();
			for (int i = 0; i < d.queries().length; i++) found += overlap(s.top10(d.queries()[i], k), truth[i]);
			best = Math.max(best, d.queries().length / ((System.nanoTime() - t0) / 1e9));
			recall = found / (10.0 * d.queries().length);
		}
		return new double[] { best, recall };
	}

	/** The ids of the top 10 of {@code td}, rescored with the raw vectors first if the graph is quantised. */
	private int[] map(final TopDocs td, final float[] q) throws IOException {
		final ScoreDoc[] sd = td.scoreDocs;
		if (raw != null) {
			// NB: one document per vector, so the vector ordinal is the document id.
			for (final ScoreDoc s : sd) s.score = VectorUtil.dotProduct(q, raw.vectorValue(s.doc));
			Arrays.sort(sd, (a, b) -> Float.compare(b.score, a.score));
		}
		final int n = Math.min(10, sd.length);
		final int[] out = new int[n];
		for (int i = 0; i < n; i++) out[i] = ids[sd[i].doc];
		return out;
	}

	private static int overlap(final int[] got, final int[] truth) {
		int n = 0;
		for (final int g : got) {
			for (final int t : truth) {
				if (g == t) n++;
			}
		}
		return n;
	}

	/** The exact top 10 of each query among base rows i with i % 10 == 0 (the tagged documents). */
	private int[][] filteredTruth() {
		final int[][] out = new int[d.queries().length][];
		for (int q = 0; q < out.length; q++) {
			final ScoreDoc[] top = new ScoreDoc[d.base().length / 10 + 1];
			int n = 0;
			for (int i = 0; i < d.base().length; i += 10) top[n++] = new ScoreDoc(i, VectorUtil.dotProduct(d.queries()[q],
				d.base()[i]));
			Arrays.sort(top, 0, n, (a, b) -> Float.compare(b.score, a.score));
			out[q] = Arrays.stream(top, 0, 10).mapToInt(sd -> sd.doc).toArray();
		}
		return out;
	}
}
