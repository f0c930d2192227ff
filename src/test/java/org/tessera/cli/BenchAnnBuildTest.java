package org.tessera.cli;

import org.apache.lucene.codecs.hnsw.HnswGraphProvider;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.index.LeafKnn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code bench-ann}'s build on a small random set: one segment with one HNSW graph over every vector, whether
 * built on one thread (at the flush), on two (graph built once at the merge) or 8-bit quantised, and the graph
 * finds the exact nearest neighbours.
 */
class BenchAnnBuildTest {

	private static final int N = 3000, DIM = 16, QUERIES = 50;

	@TempDir
	Path tmp;

	@Test
	void oneThreadBuildsOneGraph() throws Exception {
		assertBuild(new BenchAnnCommand(), 1);
	}

	@Test
	void twoThreadsBuildOneGraphAtTheMerge() throws Exception {
		assertBuild(new BenchAnnCommand(), 2);
	}

	@Test
	void twoThreadsWithAGraphPerPart() throws Exception {
		final BenchAnnCommand c = new BenchAnnCommand();
		c.perPart = true;
		assertBuild(c, 2);
	}

	@Test
	void quantizedBuildsOneGraph() throws Exception {
		final BenchAnnCommand c = new BenchAnnCommand();
		c.quantize = true;
		assertBuild(c, 2);
	}

	// -- Helper methods --

	private void assertBuild(final BenchAnnCommand c, final int threads) throws Exception {
		final AnnData d = data();
		final Path where = tmp.resolve("t" + threads);
		assertTrue(c.build(d, where, threads) > 0);
		try (Directory dir = FSDirectory.open(where); DirectoryReader r = DirectoryReader.open(dir)) {
			assertEquals(1, r.leaves().size());
			final LeafReader leaf = r.leaves().get(0).reader();
			assertEquals(N, leaf.maxDoc());
			final var fields = (PerFieldKnnVectorsFormat.FieldsReader) ((CodecReader) leaf).getVectorReader();
			assertEquals(N, ((HnswGraphProvider) fields.getFieldReader(BenchAnnCommand.FIELD)).getGraph(BenchAnnCommand.FIELD)
				.size(), "every vector is in the graph");
			final int[] ids = ids(leaf);
			int found = 0;
			for (int q = 0; q < QUERIES; q++) {
				final int[] truth = d.truth()[q];
				final var td = LeafKnn.searchLeaf(leaf, BenchAnnCommand.FIELD, d.queries()[q], 64, null);
				found += (int) Arrays.stream(td.scoreDocs).limit(10).mapToInt(sd -> ids[sd.doc])
					.filter(g -> Arrays.stream(truth).anyMatch(t -> t == g)).count();
			}
			assertTrue(found >= 0.9 * 10 * QUERIES, "recall@10 " + found / (10.0 * QUERIES));
		}
	}

	private static int[] ids(final LeafReader leaf) throws java.io.IOException {
		final int[] out = new int[leaf.maxDoc()];
		final var v = leaf.getNumericDocValues("id");
		for (int doc = v.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
			out[doc] = (int) v.longValue();
		}
		return out;
	}

	/** Random unit vectors and queries with their exact top 10 by dot product. */
	private static AnnData data() {
		final Random rnd = new Random(7);
		final float[][] base = unit(rnd, N), queries = unit(rnd, QUERIES);
		final int[][] truth = new int[QUERIES][];
		for (int q = 0; q < QUERIES; q++) {
			final float[] v = queries[q];
			truth[q] = IntStream.range(0, N).boxed()
				.sorted((a, b) -> Float.compare(VectorUtil.dotProduct(v, base[b]), VectorUtil.dotProduct(v, base[a])))
				.limit(10).mapToInt(Integer::intValue).toArray();
		}
		return new AnnData(base, queries, truth);
	}

	private static float[][] unit(final Random rnd, final int n) {
		final float[][] out = new float[n][DIM];
		for (final float[] row : out) {
			for (int i = 0; i < DIM; i++) row[i] = (float) rnd.nextGaussian();
			VectorUtil.l2normalize(row);
		}
		return out;
	}
}
