package org.tessera.index;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;

/**
 * A one-bit sketch of every vector of one segment's field: bit {@code i} of a document's sketch is set when
 * component {@code i} of its vector exceeds that component's mean over the segment (estimated from a sample).
 * The sketches are 32 times smaller than the float vectors and stay on the heap, so a filtered kNN search can
 * scan every accepted document cheaply ({@link #subset} gathers the accepted documents' sketches once per
 * filter): it ranks them by the Hamming distance between their sketch and the query's, keeps the closest
 * {@link #candidates(int) few} and scores only those with the raw vectors (as Lucene scores {@code DOT_PRODUCT}). The result is approximate, like the graph's, but it never holds a document
 * outside the filter, and when no more documents are accepted than would be rescored it is exact.
 * <p>
 * NB: centring on the mean matters: embeddings after a ReLU are non-negative, and their uncentred signs would
 * all be 1. Good for a filter that accepts a small part of a segment; the graph stays the better choice for
 * loose filters (see {@link LeafKnn}). Immutable and thread-safe.
 */
public final class SignSketch {

	/** NB: the sketches rescored per result wanted, and at least {@link #MIN_CANDIDATES}; see {@link #candidates}. */
	static final int CANDIDATES_PER_RESULT = 8, MIN_CANDIDATES = 100;

	/** NB: the mean is estimated from about this many vectors (every n-th): it only centres the signs. */
	private static final int MEAN_SAMPLE = 4096;

	private final int words, maxDoc;
	private final long[] sketches;
	private final float[] mean;
	/** The documents with a vector (others have no sketch and are never returned). */
	private final FixedBitSet has;

	private SignSketch(final int words, final int maxDoc, final long[] sketches, final float[] mean, final FixedBitSet has) {
		this.words = words;
		this.maxDoc = maxDoc;
		this.sketches = sketches;
		this.mean = mean;
		this.has = has;
	}

	/** The sketches of {@code field}'s vectors in {@code r} (reads every vector once), or null if it has none. */
	public static SignSketch of(final LeafReader r, final String field) throws IOException {
		final FloatVectorValues values = r.getFloatVectorValues(field);
		if (values == null || values.size() == 0) return null;
		final int dim = values.dimension(), words = (dim + 63) >>> 6, maxDoc = r.maxDoc();
		// NB: one long[] per segment: a segment too large for it keeps to the graph.
		if ((long) maxDoc * words > Integer.MAX_VALUE - 16) return null;
		final float[] mean = mean(values, dim);
		final long[] sketches = new long[maxDoc * words];
		final FixedBitSet has = new FixedBitSet(maxDoc);
		final KnnVectorValues.DocIndexIterator it = values.iterator();
		for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
			encode(values.vectorValue(it.index()), mean, sketches, doc * words);
			has.set(doc);
		}
		return new SignSketch(words, maxDoc, sketches, mean, has);
	}

	/** Heap bytes held. */
	public long bytes() {
		return 8L * sketches.length + 4L * mean.length + 8L * has.getBits().length;
	}

	/** The rescored candidates for the top {@code n}. */
	static int candidates(final int n) {
		return Math.max(MIN_CANDIDATES, CANDIDATES_PER_RESULT * n);
	}

	/**
	 * The sketches of the documents of {@code accept} (segment doc ids, live documents only) that have a vector,
	 * gathered into one block for {@link Subset#search}: ~4 bytes per document plus the sketch.
	 */
	public Subset subset(final FixedBitSet accept) {
		if (accept.length() != maxDoc) throw new IllegalArgumentException("accept bits for " + accept.length()
			+ " documents, sketches for " + maxDoc);
		final long[] a = accept.getBits(), h = has.getBits();
		int size = 0;
		for (int w = 0; w < a.length; w++) size += Long.bitCount(a[w] & h[w]);
		final int[] docs = new int[size];
		// NB: word-major (word i of every document, then word i + 1), so the scan is a plain loop C2 vectorises.
		final long[] columns = new long[size * words];
		int j = 0;
		for (int w = 0; w < a.length; w++) {
			for (long bits = a[w] & h[w]; bits != 0; bits &= bits - 1, j++) {
				final int doc = (w << 6) + Long.numberOfTrailingZeros(bits);
				docs[j] = doc;
				for (int i = 0; i < words; i++) columns[i * size + j] = sketches[doc * words + i];
			}
		}
		return new Subset(docs, columns);
	}

	/**
	 * The sketches of some accepted documents of one segment ({@link #subset}), searched by
	 * {@link #search}. Immutable and thread-safe.
	 */
	public final class Subset {

		private final int[] docs;
		private final long[] columns;

		private Subset(final int[] docs, final long[] columns) {
			this.docs = docs;
			this.columns = columns;
		}

		/** The documents. */
		public int size() {
			return docs.length;
		}

		/** Heap bytes held. */
		public long bytes() {
			return 4L * docs.length + 8L * columns.length;
		}

		/**
		 * The top {@code n} of these documents nearest to {@code v} in {@code field} of {@code r} (the reader the
		 * sketches were made from): the {@link #candidates(int)} nearest sketches, rescored with the raw vectors.
		 * Total hits: the documents scanned.
		 */
		public TopDocs search(final LeafReader r, final String field, final float[] v, final int n) throws IOException {
			final int size = docs.length;
			final long[] q = new long[words];
			encode(v, mean, q, 0);
			final int[] dist = new int[size];
			for (int i = 0; i < words; i++) {
				final long qi = q[i];
				for (int j = 0, at = i * size; j < size; j++, at++) dist[j] += Long.bitCount(columns[at] ^ qi);
			}
			// NB: distances are small integers, so the nearest are selected by counting: t is the distance at which
			// the histogram reaches the candidates wanted; all below it are kept, ties at it while there is room.
			final int keep = candidates(n);
			final int[] hist = new int[64 * words + 1];
			for (final int d : dist) hist[d]++;
			int t = 0, below = 0;
			for (; t < hist.length - 1 && below + hist[t] < keep; t++) below += hist[t];
			final int[] kept = new int[Math.min(keep, size)];
			int k = 0, ties = keep - below;
			for (int j = 0; j < size && k < kept.length; j++) {
				if (dist[j] < t || dist[j] == t && ties-- > 0) kept[k++] = docs[j];
			}
			return new TopDocs(new TotalHits(size, TotalHits.Relation.EQUAL_TO), rescore(r.getFloatVectorValues(field), v, n,
				kept, k));
		}
	}

	// -- Helper methods --

	/** Scores the first {@code count} {@code docs} (ascending) with the raw vectors as Lucene scores DOT_PRODUCT; the top n, best first. */
	private static ScoreDoc[] rescore(final FloatVectorValues values, final float[] v, final int n, final int[] docs,
		final int count) throws IOException
	{
		final TopKnnCollector top = new TopKnnCollector(n, Integer.MAX_VALUE);
		final KnnVectorValues.DocIndexIterator it = values.iterator();
		for (int i = 0; i < count; i++) {
			final int doc = docs[i];
			if (it.docID() < doc) it.advance(doc);
			if (it.docID() != doc) continue;
			top.collect(doc, Math.max((1 + VectorUtil.dotProduct(v, values.vectorValue(it.index()))) / 2, 0));
		}
		return top.topDocs().scoreDocs;
	}

	private static float[] mean(final FloatVectorValues values, final int dim) throws IOException {
		final double[] sum = new double[dim];
		final int step = Math.max(1, values.size() / MEAN_SAMPLE);
		int n = 0;
		for (int ord = 0; ord < values.size(); ord += step, n++) {
			final float[] x = values.vectorValue(ord);
			for (int i = 0; i < dim; i++) sum[i] += x[i];
		}
		final float[] m = new float[dim];
		for (int i = 0; i < dim; i++) m[i] = (float) (sum[i] / n);
		return m;
	}

	private static void encode(final float[] x, final float[] mean, final long[] out, final int at) {
		for (int i = 0; i < x.length; i++) {
			if (x[i] > mean[i]) out[at + (i >>> 6)] |= 1L << (i & 63);
		}
	}
}
