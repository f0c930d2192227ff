package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@link SignSketch}: filtered kNN from one-bit sketches on a real on-disk index (one segment, some documents
 * without a vector): never a document outside the filter, recall@10 against brute force on clustered and on
 * all-positive (pooled ReLU-like) vectors, exact when the filter accepts no more documents than are rescored, and
 * {@link LeafKnn} switching to it after a few filtered searches with the same results guarantee.
 */
class SignSketchTest {

	private static final int N = 6000, DIM = 64, QUERIES = 60, CLUSTERS = 40;

	@TempDir
	Path tmp;

	@Test
	void filteredSearchStaysInTheFilterAndFindsTheNearest() throws Exception {
		for (final boolean positive : new boolean[] { false, true }) {
			final float[][] v = vectors(N, 1, positive), q = vectors(QUERIES, 2, positive);
			try (Directory dir = index(tmp.resolve("positive" + positive), v); DirectoryReader r = DirectoryReader.open(dir)) {
				final LeafReader leaf = r.leaves().get(0).reader();
				final SignSketch sketch = SignSketch.of(leaf, "vec");
				final FixedBitSet accept = accepted(leaf, new TermQuery(new Term("tag", "ten")), r);
				final SignSketch.Subset subset = sketch.subset(accept);
				// NB: the documents with a vector among the tagged ones: every 10th, less every 7th (no vector).
				assertEquals(IntStream.range(0, N).filter(i -> i % 10 == 0 && i % 7 != 0).count(), subset.size());
				int found = 0;
				for (final float[] x : q) {
					final TopDocs td = subset.search(leaf, "vec", x, 10);
					assertEquals(10, td.scoreDocs.length);
					final int[] got = ids(leaf, td.scoreDocs);
					for (final int id : got) assertTrue(id % 10 == 0 && id % 7 != 0, "document " + id + " is outside the filter");
					for (int i = 1; i < td.scoreDocs.length; i++) assertTrue(td.scoreDocs[i - 1].score >= td.scoreDocs[i].score);
					found += overlap(got, exact(v, x, 10, i -> i % 10 == 0 && i % 7 != 0));
				}
				final double recall = found / (10.0 * QUERIES);
				assertTrue(recall >= 0.95, (positive ? "positive" : "clustered") + " vectors: recall@10 " + recall);
			}
		}
	}

	@Test
	void exactWhenFewDocumentsAreAccepted() throws Exception {
		final float[][] v = vectors(N, 3, false), q = vectors(QUERIES, 4, false);
		try (Directory dir = index(tmp.resolve("few"), v); DirectoryReader r = DirectoryReader.open(dir)) {
			final LeafReader leaf = r.leaves().get(0).reader();
			final SignSketch sketch = SignSketch.of(leaf, "vec");
			final FixedBitSet accept = accepted(leaf, new TermQuery(new Term("tag", "hundred")), r);
			final SignSketch.Subset subset = sketch.subset(accept);
			assertTrue(subset.size() <= SignSketch.candidates(5), "no more accepted than rescored");
			for (final float[] x : q) {
				final TopDocs td = subset.search(leaf, "vec", x, 5);
				final int[] want = exact(v, x, 5, i -> i % 100 == 0 && i % 7 != 0);
				assertArrayEquals(want, ids(leaf, td.scoreDocs));
				assertEquals((1 + VectorUtil.dotProduct(x, v[want[0]])) / 2, td.scoreDocs[0].score, 1e-6f);
			}
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sketch.subset(new FixedBitSet(
				N + 1)));
			assertEquals("accept bits for " + (N + 1) + " documents, sketches for " + N, e.getMessage());
		}
	}

	@Test
	void leafKnnUsesTheSketchesAfterAFewFilteredSearches() throws Exception {
		final float[][] v = vectors(N, 5, false), q = vectors(QUERIES, 6, false);
		try (Directory dir = index(tmp.resolve("leafknn"), v); DirectoryReader r = DirectoryReader.open(dir)) {
			final LeafKnn knn = new LeafKnn(new IndexSearcher(r));
			final TermQuery filter = new TermQuery(new Term("tag", "ten"));
			final LeafReader leaf = r.leaves().get(0).reader();
			int unsketched = 0, found = 0;
			for (int i = 0; i < QUERIES; i++) {
				if (!knn.sketched("vec")) unsketched++;
				final int[] got = ids(leaf, knn.search("vec", q[i], 10, filter).scoreDocs);
				assertEquals(10, got.length);
				for (final int id : got) assertTrue(id % 10 == 0 && id % 7 != 0, "document " + id + " is outside the filter");
				found += overlap(got, exact(v, q[i], 10, d -> d % 10 == 0 && d % 7 != 0));
			}
			assertTrue(knn.sketched("vec"));
			assertEquals(LeafKnn.SKETCH_AFTER, unsketched, "filtered searches before the sketches were made");
			assertTrue(found >= 0.95 * 10 * QUERIES, "recall@10: " + found / (10.0 * QUERIES));
		}
		assertTrue(LeafKnn.sketchCheaper(20_000, 16, 200_000), "10 % of 200k");
		assertFalse(LeafKnn.sketchCheaper(100_000, 16, 200_000), "half of 200k");
		assertFalse(LeafKnn.sketchCheaper(200_000, 16, 2_000_000), "10 % of 2M: the graph grows slower");
	}

	// -- Helper methods --

	/** One segment: document i has vector v[i] unless i % 7 == 0, tag "ten" if i % 10 == 0, "hundred" if i % 100 == 0. */
	private static Directory index(final Path where, final float[][] v) throws Exception {
		final Directory dir = FSDirectory.open(where);
		try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(CatalogCodec.of(false)))) {
			for (int i = 0; i < v.length; i++) {
				final Document d = new Document();
				if (i % 7 != 0) d.add(new KnnFloatVectorField("vec", v[i], VectorSimilarityFunction.DOT_PRODUCT));
				if (i % 10 == 0) d.add(new StringField("tag", "ten", Field.Store.NO));
				if (i % 100 == 0) d.add(new StringField("tag", "hundred", Field.Store.NO));
				d.add(new StoredField("i", i));
				w.addDocument(d);
			}
			w.forceMerge(1);
		}
		return dir;
	}

	private static FixedBitSet accepted(final LeafReader leaf, final TermQuery q, final DirectoryReader r) throws Exception {
		final FixedBitSet bits = new FixedBitSet(leaf.maxDoc());
		for (final ScoreDoc sd : new IndexSearcher(r).search(q, leaf.maxDoc()).scoreDocs) bits.set(sd.doc);
		return bits;
	}

	private static int[] ids(final LeafReader leaf, final ScoreDoc[] sd) throws Exception {
		final int[] out = new int[sd.length];
		for (int i = 0; i < sd.length; i++) out[i] = leaf.storedFields().document(sd[i].doc).getField("i").numericValue().intValue();
		return out;
	}

	/** The ids of the exact top n among the ids with a vector that {@code accept} takes, best first. */
	private static int[] exact(final float[][] v, final float[] x, final int n, final java.util.function.IntPredicate accept) {
		return IntStream.range(0, v.length).filter(i -> i % 7 != 0 && accept.test(i)).boxed().sorted(Comparator.comparingDouble(
			(Integer i) -> -VectorUtil.dotProduct(x, v[i])).thenComparing(i -> i)).limit(n).mapToInt(Integer::intValue).toArray();
	}

	private static int overlap(final int[] got, final int[] want) {
		final Set<Integer> w = new HashSet<>();
		for (final int i : want) w.add(i);
		return (int) Arrays.stream(got).filter(w::contains).count();
	}

	/**
	 * Unit vectors around {@value #CLUSTERS} centres (the same centres for every seed) with noise; with
	 * {@code positive} every component is positive, as average-pooled ReLU features are (their uncentred signs
	 * would all be 1).
	 */
	private static float[][] vectors(final int n, final long seed, final boolean positive) {
		final Random centres = new Random(42), rnd = new Random(seed);
		final float[][] c = new float[CLUSTERS][DIM];
		for (final float[] x : c) {
			for (int i = 0; i < DIM; i++) x[i] = (float) centres.nextGaussian();
		}
		final float[][] out = new float[n][DIM];
		for (final float[] x : out) {
			final float[] centre = c[rnd.nextInt(CLUSTERS)];
			for (int i = 0; i < DIM; i++) {
				x[i] = centre[i] + 0.6f * (float) rnd.nextGaussian();
				if (positive) x[i] = Math.max(0.01f, 1 + 0.25f * x[i]);
			}
			VectorUtil.l2normalize(x);
		}
		return out;
	}
}
