package org.tessera.index;

import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An 8-bit scalar-quantised catalogue ({@link CatalogWriter#open(Path, boolean)}): the graph really is
 * quantised, the flag sticks to the catalogue, and top-10 with over-fetch and full-precision rescoring
 * equals the exact (brute-force) top-10.
 */
class QuantizedSearchTest {

	static final int N = 600, DIM = 64, K = 10, QUERIES = 25;
	static final String EMBEDDER = "classical";

	@TempDir
	Path tmp;

	@Test
	void rescoredTopTenEqualsExactTopTen() throws IOException {
		final Random r = new Random(11);
		final float[][] v = new float[N][];
		for (int i = 0; i < N; i++) v[i] = clustered(r, i % 20);
		final Path cat = tmp.resolve("cat");
		try (CatalogWriter w = CatalogWriter.open(cat, true)) {
			w.declareEmbedder(EMBEDDER, DIM);
			for (int i = 0; i < N; i++) w.replace("f" + i, List.of(doc(i, v[i])));
			w.commit();
		}
		try (CatalogWriter w = CatalogWriter.open(cat)) {
			assertTrue(w.quantized(), "quantisation sticks to the catalogue");
		}
		// NB: Lucene 10.6 registers this class under the SPI name "Lucene104HnswBinaryQuantizedVectorsFormat".
		assertEquals(Lucene104HnswScalarQuantizedVectorsFormat.NAME, format(cat));
		try (Catalog c = Catalog.open(cat)) {
			assertTrue(c.quantized());
			for (int t = 0; t < QUERIES; t++) {
				final float[] q = clustered(r, t % 20);
				final List<String> got = c.nearest(new VectorQuery(EMBEDDER, q, K, null, false)).stream()
					.map(VectorHit::id).toList();
				assertEquals(exact(v, q), got, "query " + t);
			}
		}
	}

	// -- Helper methods --

	/** NB: clustered unit vectors (20 centres, small spread) make close neighbours that 8 bits could swap. */
	private static float[] clustered(final Random r, final int centre) {
		final Random c = new Random(centre);
		final float[] v = new float[DIM];
		double n = 0;
		for (int d = 0; d < DIM; d++) {
			v[d] = (float) (c.nextGaussian() + 0.15 * r.nextGaussian());
			n += v[d] * v[d];
		}
		for (int d = 0; d < DIM; d++) v[d] /= (float) Math.sqrt(n);
		return v;
	}

	private static Document doc(final int i, final float[] v) {
		final Document d = new Document();
		d.add(new StringField(CatalogSchema.ID, "r" + i, Field.Store.YES));
		d.add(new StringField(CatalogSchema.FILE, "f" + i, Field.Store.YES));
		d.add(new StringField(CatalogSchema.PATH, "f" + i, Field.Store.YES));
		d.add(new StringField(CatalogSchema.ARRAY, "/", Field.Store.YES));
		d.add(new KnnFloatVectorField(VectorSchema.field(EMBEDDER), v, VectorSimilarityFunction.DOT_PRODUCT));
		return d;
	}

	private static List<String> exact(final float[][] v, final float[] q) {
		return IntStream.range(0, N).boxed().sorted(Comparator.comparingDouble((Integer i) -> -dot(v[i], q))
			.thenComparing(i -> "r" + i)).limit(K).map(i -> "r" + i).toList();
	}

	private static double dot(final float[] a, final float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) s += a[i] * b[i];
		return s;
	}

	/** The per-field vector format written into the catalogue's segments (one name for all). */
	private static String format(final Path cat) throws IOException {
		final List<String> out = new ArrayList<>();
		try (var dir = FSDirectory.open(cat); DirectoryReader r = DirectoryReader.open(dir)) {
			for (final LeafReaderContext l : r.leaves()) {
				final FieldInfo f = l.reader().getFieldInfos().fieldInfo(VectorSchema.field(EMBEDDER));
				out.add(f.getAttribute("PerFieldKnnVectorsFormat.format"));
			}
		}
		assertEquals(1, out.stream().distinct().count(), out.toString());
		return out.get(0);
	}
}
