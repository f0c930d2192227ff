package org.tessera.index;

import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The catalogue codec's graph merge on {@link CatalogCodec#MERGE_WORKERS} threads: four segments with graphs
 * merged into one, whose graph holds every vector and finds the exact nearest neighbours (full precision and
 * 8-bit).
 */
class CatalogCodecMergeTest {

	private static final int N = 4000, DIM = 24, QUERIES = 40;

	@TempDir
	Path tmp;

	@Test
	void mergedGraphHoldsEveryVectorAndFindsTheNearest() throws Exception {
		for (final boolean quantized : new boolean[] { false, true }) {
			final float[][] v = vectors(N, 1), q = vectors(QUERIES, 2);
			try (Directory dir = FSDirectory.open(tmp.resolve("q" + quantized))) {
				try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(CatalogCodec.of(quantized)))) {
					for (int i = 0; i < N; i++) {
						final Document d = new Document();
						d.add(new KnnFloatVectorField("vec", v[i], VectorSimilarityFunction.DOT_PRODUCT));
						d.add(new StoredField("i", i));
						w.addDocument(d);
						if ((i + 1) % (N / 4) == 0) w.commit();
					}
					w.forceMerge(1);
				}
				try (DirectoryReader r = DirectoryReader.open(dir)) {
					assertEquals(1, r.leaves().size());
					final LeafReader leaf = r.leaves().get(0).reader();
					final var fields = (PerFieldKnnVectorsFormat.FieldsReader) ((CodecReader) leaf).getVectorReader();
					assertEquals(N, ((HnswGraphProvider) fields.getFieldReader("vec")).getGraph("vec").size());
					int found = 0;
					for (final float[] query : q) {
						final int[] truth = exact(v, query);
						final var td = LeafKnn.searchLeaf(leaf, "vec", query, 50, null);
						for (int k = 0; k < 10; k++) {
							final int id = leaf.storedFields().document(td.scoreDocs[k].doc).getField("i").numericValue()
								.intValue();
							if (Arrays.stream(truth).anyMatch(t -> t == id)) found++;
						}
					}
					assertTrue(found >= 0.9 * 10 * QUERIES, (quantized ? "8-bit" : "float") + " recall@10 " + found / (10.0
						* QUERIES));
				}
			}
		}
	}

	private static float[][] vectors(final int n, final long seed) {
		final Random r = new Random(seed);
		final float[][] out = new float[n][DIM];
		for (final float[] x : out) {
			for (int j = 0; j < DIM; j++) x[j] = (float) r.nextGaussian();
			VectorUtil.l2normalize(x);
		}
		return out;
	}

	private static int[] exact(final float[][] v, final float[] q) {
		return IntStream.range(0, v.length).boxed().sorted(Comparator.comparingDouble(i -> -VectorUtil.dotProduct(v[i],
			q))).limit(10).mapToInt(Integer::intValue).toArray();
	}
}
