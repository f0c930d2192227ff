package org.tessera.index;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.search.knn.KnnSearchStrategy;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kNN over one reader's segments through {@link LeafReader#searchNearestVectors} directly (the fast
 * path the ANN bench measures, about 5 % quicker than {@code KnnFloatVectorQuery}). A filter becomes
 * per-segment accept bits, built once per filter and cached (the reader is one fixed commit). A filter
 * that accepts few enough documents is answered from the segment's {@link SignSketch} (made once a field
 * has had {@value #SKETCH_AFTER} filtered searches, then kept), where the graph would visit far more
 * nodes than it returns; otherwise the graph is searched with the filter, and a segment where the graph
 * search stops early is searched exactly, so the result is never short of accepted documents. Thread-safe.
 */
public final class LeafKnn {

	/** Filters whose bit sets are kept (least recently used dropped first). */
	static final int CACHED_FILTERS = 32;

	/**
	 * NB: the sketches are made after this many filtered searches of a field (reading every vector once costs
	 * about as much as a few hundred filtered graph searches, which a one-off query should not pay).
	 */
	static final int SKETCH_AFTER = 8;

	/** The graph search strategy with a filter. */
	public static final KnnSearchStrategy FILTERED = KnnSearchStrategy.Hnsw.DEFAULT;

	private final IndexSearcher searcher;
	private final Map<Query, FixedBitSet[]> cache = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(final Map.Entry<Query, FixedBitSet[]> e) {
			return size() > CACHED_FILTERS;
		}
	};

	/** NB: the gathered sketches of recent filters are kept up to this many bytes (least recently used dropped first). */
	static final long SUBSET_BYTES = 64L << 20;

	/** Per field: filtered searches so far, and the sketches per segment once made. */
	private final Map<String, Integer> filtered = new HashMap<>();
	private final Map<String, SignSketch[]> sketches = new HashMap<>();

	/** One filter's accepted documents in one segment's field. */
	private record SubsetKey(Query filter, String field, int leaf) {}

	private final Map<SubsetKey, SignSketch.Subset> subsets = new LinkedHashMap<>(16, 0.75f, true);
	private long subsetBytes;

	LeafKnn(final IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/** The top {@code n} documents of {@code field} nearest to {@code v} (top-level doc ids), within {@code filter} if not null. */
	TopDocs search(final String field, final float[] v, final int n, final Query filter) throws IOException {
		final FixedBitSet[] bits = filter == null ? null : bits(filter);
		final SignSketch[] sk = filter == null ? null : sketches(field);
		final List<TopDocs> per = new ArrayList<>();
		for (final LeafReaderContext l : searcher.getIndexReader().leaves()) {
			if (l.reader().getFieldInfos().fieldInfo(field) == null) continue;
			final SignSketch.Subset subset = sk == null || sk[l.ord] == null || !sketchCheaper(bits[l.ord].cardinality(), n, l
				.reader().maxDoc()) ? null : subset(new SubsetKey(filter, field, l.ord), sk[l.ord], bits[l.ord]);
			final TopDocs td = searchLeaf(l.reader(), field, v, n, bits == null ? null : bits[l.ord], FILTERED, subset);
			for (final ScoreDoc sd : td.scoreDocs) sd.doc += l.docBase;
			per.add(td);
		}
		return TopDocs.merge(n, per.toArray(TopDocs[]::new));
	}

	/**
	 * The top {@code n} of one segment (segment doc ids): HNSW with the live documents, or with
	 * {@code accept} (live documents only) and exact search when the graph search would visit more nodes
	 * than there are accepted documents. Used by {@code bench-ann} to time exactly this path.
	 */
	public static TopDocs searchLeaf(final LeafReader r, final String field, final float[] v, final int n,
		final FixedBitSet accept) throws IOException
	{
		return searchLeaf(r, field, v, n, accept, FILTERED, null);
	}

	/**
	 * As {@link #searchLeaf(LeafReader, String, float[], int, FixedBitSet)} with a graph search {@code strategy},
	 * and {@code subset} (the sketches of exactly the documents of {@code accept} that have a vector in this
	 * segment's {@code field}, or null) answering when scanning it is cheaper ({@link #sketchCheaper}).
	 */
	public static TopDocs searchLeaf(final LeafReader r, final String field, final float[] v, final int n,
		final FixedBitSet accept, final KnnSearchStrategy strategy, final SignSketch.Subset subset) throws IOException
	{
		if (accept == null) return r.searchNearestVectors(field, v, n, AcceptDocs.fromLiveDocs(r.getLiveDocs(),
			r.maxDoc()), Integer.MAX_VALUE);
		final int count = accept.cardinality();
		if (count == 0) return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
		if (subset != null && sketchCheaper(count, n, r.maxDoc())) return subset.search(r, field, v, n);
		if (count > n) {
			// NB: like KnnFloatVectorQuery: visiting more nodes than accepted documents means exact is cheaper.
			final TopKnnCollector c = new TopKnnCollector(n, count + 1, strategy);
			r.searchNearestVectors(field, v, c, AcceptDocs.fromLiveDocs(accept, r.maxDoc()));
			final TopDocs td = c.topDocs();
			if (td.totalHits.relation() == TotalHits.Relation.EQUAL_TO) return td;
		}
		return exact(r, field, v, n, accept);
	}

	/**
	 * Scores every accepted document with a vector (as Lucene scores DOT_PRODUCT) and keeps the top n. NB: walks
	 * the accept bits and keeps a bounded heap: sorting a ScoreDoc per accepted document cost more than scoring.
	 */
	private static TopDocs exact(final LeafReader r, final String field, final float[] v, final int n, final FixedBitSet accept)
		throws IOException
	{
		final FloatVectorValues values = r.getFloatVectorValues(field);
		final KnnVectorValues.DocIndexIterator it = values.iterator();
		final TopKnnCollector top = new TopKnnCollector(n, Integer.MAX_VALUE);
		int scored = 0;
		for (int doc = accept.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = next(accept, doc)) {
			if (it.docID() < doc) it.advance(doc);
			if (it.docID() != doc) continue;
			top.collect(doc, (1 + VectorUtil.dotProduct(v, values.vectorValue(it.index()))) / 2);
			scored++;
		}
		final ScoreDoc[] sd = top.topDocs().scoreDocs;
		return new TopDocs(new TotalHits(scored, TotalHits.Relation.EQUAL_TO), sd);
	}

	/**
	 * Whether scanning the sketches of {@code count} accepted documents is cheaper than the filtered graph search
	 * for the top {@code n} of {@code maxDoc}. NB: a cost model with constants measured by {@code bench-ann}
	 * (200k × 256): a sketch costs ~3 ns to scan; the filtered graph search visits about {@code 40 n} nodes
	 * divided by the accepted fraction, at ~50 ns each; so the sketch wins while
	 * {@code 3 count < 50 · 40 n · maxDoc / count}, i.e. {@code count² < ~640 n maxDoc} (a 10 % filter on 200k
	 * documents for n ≥ 4; 22 % for n = 16; fewer in larger segments, where the graph's cost grows slower).
	 */
	static boolean sketchCheaper(final int count, final int n, final int maxDoc) {
		return (double) count * count < 640.0 * n * maxDoc;
	}

	/** Whether {@code field}'s sketches have been made. */
	boolean sketched(final String field) {
		synchronized (sketches) {
			return sketches.containsKey(field);
		}
	}

	/** The cached subset of {@code key}, made from {@code sketch} and {@code accept} if not cached (least recently used dropped first). */
	private SignSketch.Subset subset(final SubsetKey key, final SignSketch sketch, final FixedBitSet accept) {
		synchronized (subsets) {
			final SignSketch.Subset hit = subsets.get(key);
			if (hit != null) return hit;
			final SignSketch.Subset made = sketch.subset(accept);
			if (made.bytes() > SUBSET_BYTES) return made;
			subsets.put(key, made);
			subsetBytes += made.bytes();
			for (final var it = subsets.values().iterator(); subsetBytes > SUBSET_BYTES && it.hasNext();) {
				subsetBytes -= it.next().bytes();
				it.remove();
			}
			return made;
		}
	}

	/** The sketches of {@code field} per segment once it has had {@value #SKETCH_AFTER} filtered searches, else null. */
	private SignSketch[] sketches(final String field) throws IOException {
		synchronized (sketches) {
			final SignSketch[] made = sketches.get(field);
			if (made != null) return made;
			if (filtered.merge(field, 1, Integer::sum) < SKETCH_AFTER) return null;
			final List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
			final SignSketch[] out = new SignSketch[leaves.size()];
			for (final LeafReaderContext l : leaves) out[l.ord] = SignSketch.of(l.reader(), field);
			sketches.put(field, out);
			return out;
		}
	}

	private static int next(final FixedBitSet bits, final int doc) {
		return doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
	}

	/** The live documents matching {@code filter}, one bit set per segment (cached). */
	private FixedBitSet[] bits(final Query filter) throws IOException {
		synchronized (cache) {
			final FixedBitSet[] hit = cache.get(filter);
			if (hit != null) return hit;
		}
		final Weight w = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
		final List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		final FixedBitSet[] out = new FixedBitSet[leaves.size()];
		for (final LeafReaderContext l : leaves) {
			out[l.ord] = new FixedBitSet(l.reader().maxDoc());
			final Scorer s = w.scorer(l);
			if (s == null) continue;
			final Bits live = l.reader().getLiveDocs();
			final DocIdSetIterator it = s.iterator();
			for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
				if (live == null || live.get(doc)) out[l.ord].set(doc);
			}
		}
		synchronized (cache) {
			cache.put(filter, out);
		}
		return out;
	}
}
