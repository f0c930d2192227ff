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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kNN over one reader's segments through {@link LeafReader#searchNearestVectors} directly (the fast
 * path the ANN bench measures, about 5 % quicker than {@code KnnFloatVectorQuery}). A filter becomes
 * per-segment accept bits, built once per filter and cached (the reader is one fixed commit); a
 * segment where the graph search stops early (a very selective filter) is searched exactly, so the
 * result is never short of accepted documents. Thread-safe.
 */
public final class LeafKnn {

	/** Filters whose bit sets are kept (least recently used dropped first). */
	static final int CACHED_FILTERS = 32;

	/** The graph search strategy with a filter. */
	public static final KnnSearchStrategy FILTERED = KnnSearchStrategy.Hnsw.DEFAULT;

	private final IndexSearcher searcher;
	private final Map<Query, FixedBitSet[]> cache = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(final Map.Entry<Query, FixedBitSet[]> e) {
			return size() > CACHED_FILTERS;
		}
	};

	LeafKnn(final IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/** The top {@code n} documents of {@code field} nearest to {@code v} (top-level doc ids), within {@code filter} if not null. */
	TopDocs search(final String field, final float[] v, final int n, final Query filter) throws IOException {
		final FixedBitSet[] bits = filter == null ? null : bits(filter);
		final List<TopDocs> per = new ArrayList<>();
		for (final LeafReaderContext l : searcher.getIndexReader().leaves()) {
			if (l.reader().getFieldInfos().fieldInfo(field) == null) continue;
			final TopDocs td = searchLeaf(l.reader(), field, v, n, bits == null ? null : bits[l.ord]);
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
		return searchLeaf(r, field, v, n, accept, FILTERED);
	}

	/** As {@link #searchLeaf(LeafReader, String, float[], int, FixedBitSet)} with a graph search {@code strategy}. */
	public static TopDocs searchLeaf(final LeafReader r, final String field, final float[] v, final int n,
		final FixedBitSet accept, final KnnSearchStrategy strategy) throws IOException
	{
		if (accept == null) return r.searchNearestVectors(field, v, n, AcceptDocs.fromLiveDocs(r.getLiveDocs(),
			r.maxDoc()), Integer.MAX_VALUE);
		final int count = accept.cardinality();
		if (count == 0) return new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
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
