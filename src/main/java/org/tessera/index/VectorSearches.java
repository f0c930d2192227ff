package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.tessera.index.CatalogSchema.*;
import static org.tessera.index.VectorSchema.*;

/**
 * Runs {@link VectorQuery}s on one catalogue commit: HNSW search of one embedder's field segment by
 * segment ({@link LeafKnn}) with the parsed filter as cached accept bits (never a document outside it), and
 * reads stored vectors back from the field's vector values.
 */
final class VectorSearches {

	/** NB: the kNN k is also HNSW's search beam; fewer candidates than this lose recall. */
	static final int MIN_CANDIDATES = 32;

	private static final Set<String> RECORD_FIELDS = Set.of(ID, PATH, ARRAY);
	private static final Set<String> PATCH_FIELDS = Set.of(PARENT, PATH, ARRAY, X, Y, W, H, LEVEL);

	private final IndexSearcher searcher;
	private final Path where;
	/**
	 * NB: a quantised graph ranks by 8-bit vectors: this many times the candidates are fetched and
	 * rescored with the raw (full-precision) vectors that the quantised format keeps.
	 */
	static final int OVERFETCH = 3;

	private final Map<String, Integer> held;
	private final boolean quantized;
	private final LeafKnn knn;

	VectorSearches(final IndexSearcher searcher, final Path where, final Map<String, Integer> held,
		final boolean quantized)
	{
		this.searcher = searcher;
		this.where = where;
		this.held = held;
		this.quantized = quantized;
		this.knn = new LeafKnn(searcher);
	}

	boolean quantized() {
		return quantized;
	}

	Map<String, Integer> held() {
		return held;
	}

	List<VectorHit> run(final VectorQuery q) throws IOException {
		final int dim = HeldEmbedders.require(where, held, q.embedder());
		if (q.vector().length != dim) throw new CatalogException(where + ": the query vector for embedder '"
			+ q.embedder() + "' has " + q.vector().length + " dimensions but the catalogue holds " + dim + "-d vectors");
		final Query filter = q.filter() == null || q.filter().isBlank() ? null : CatalogQueryParser.parseQuery(q.filter());
		final String field = q.patches() ? patchField(q.embedder()) : field(q.embedder());
		final Query knnFilter = filter == null ? null : q.patches() ? parentsOf(filter) : filter;
		final int n = Math.max(q.k(), MIN_CANDIDATES) * (quantized ? OVERFETCH : 1);
		final TopDocs td = knn.search(field, q.vector(), n, knnFilter);
		final ScoreDoc[] ranked = quantized ? rescored(td.scoreDocs, field, q.vector()) : td.scoreDocs;
		final ScoreDoc[] top = Arrays.copyOf(ranked, Math.min(q.k(), ranked.length));
		return q.patches() ? patchHits(top, filter) : recordHits(top, filter);
	}

	/** The vector of record {@code id} in {@code embedder}'s field, if it has one. */
	Optional<float[]> vector(final String id, final String embedder) throws IOException {
		HeldEmbedders.require(where, held, embedder);
		final TopDocs td = searcher.search(new TermQuery(new Term(ID, id)), 1);
		if (td.scoreDocs.length == 0) return Optional.empty();
		return raw(td.scoreDocs[0].doc, field(embedder));
	}

	/** The vector of the patch {@code p} of record {@code id} in {@code embedder}'s patch field, if there is one. */
	Optional<float[]> patchVector(final String id, final VectorHit.Patch p, final String embedder) throws IOException {
		HeldEmbedders.require(where, held, embedder);
		final TermQuery parent = new TermQuery(new Term(PARENT, id));
		for (final ScoreDoc sd : searcher.search(parent, Math.max(1, searcher.count(parent))).scoreDocs) {
			if (patch(searcher.storedFields().document(sd.doc, PATCH_FIELDS)).equals(p)) return raw(sd.doc,
				patchField(embedder));
		}
		return Optional.empty();
	}

	/** The full-precision vector of top-level document {@code doc} in {@code field}, if it has one. */
	private Optional<float[]> raw(final int doc, final String field) throws IOException {
		final List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		final LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		final FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
		if (values == null) return Optional.empty();
		final KnnVectorValues.DocIndexIterator it = values.iterator();
		if (it.advance(doc - leaf.docBase) != doc - leaf.docBase) return Optional.empty();
		return Optional.of(values.vectorValue(it.index()).clone());
	}

	/** {@code docs} scored again with their raw vectors (as Lucene scores DOT_PRODUCT), best first. */
	private ScoreDoc[] rescored(final ScoreDoc[] docs, final String field, final float[] q) throws IOException {
		final ScoreDoc[] out = new ScoreDoc[docs.length];
		for (int i = 0; i < docs.length; i++) {
			final float dot = VectorUtil.dotProduct(q, raw(docs[i].doc, field).orElseThrow());
			out[i] = new ScoreDoc(docs[i].doc, (1 + dot) / 2);
		}
		Arrays.sort(out, Comparator.comparingDouble((ScoreDoc s) -> -s.score).thenComparingInt(s -> s.doc));
		return out;
	}

	// -- Hits --

	private List<VectorHit> recordHits(final ScoreDoc[] top, final Query filter) throws IOException {
		final List<String> why = explain(filter, Arrays.stream(top).mapToInt(sd -> sd.doc).toArray());
		final List<VectorHit> out = new ArrayList<>();
		for (int i = 0; i < top.length; i++) {
			final Document d = searcher.storedFields().document(top[i].doc, RECORD_FIELDS);
			out.add(new VectorHit(d.get(ID), d.get(PATH), d.get(ARRAY), cosine(top[i].score), why.get(i), null));
		}
		return out;
	}

	private List<VectorHit> patchHits(final ScoreDoc[] top, final Query filter) throws IOException {
		final List<Document> docs = new ArrayList<>();
		final int[] parents = new int[top.length];
		for (int i = 0; i < top.length; i++) {
			docs.add(searcher.storedFields().document(top[i].doc, PATCH_FIELDS));
			final TopDocs p = searcher.search(new TermQuery(new Term(ID, docs.get(i).get(PARENT))), 1);
			parents[i] = p.scoreDocs[0].doc;
		}
		final List<String> why = explain(filter, parents);
		final List<VectorHit> out = new ArrayList<>();
		for (int i = 0; i < top.length; i++) {
			final Document d = docs.get(i);
			out.add(new VectorHit(d.get(PARENT), d.get(PATH), d.get(ARRAY), cosine(top[i].score), why.get(i), patch(d)));
		}
		return out;
	}

	// -- Helper methods --

	/** The patches whose parent record matches {@code filter}. */
	private Query parentsOf(final Query filter) throws IOException {
		final Query records = DocTypes.recordsOnly(filter);
		final TopDocs td = searcher.search(records, Math.max(1, searcher.count(records)));
		final List<BytesRef> ids = new ArrayList<>();
		for (final ScoreDoc sd : td.scoreDocs) ids.add(new BytesRef(searcher.storedFields().document(sd.doc,
			Set.of(ID)).get(ID)));
		return new TermInSetQuery(PARENT, ids);
	}

	private List<String> explain(final Query filter, final int[] docs) throws IOException {
		if (filter == null) return Arrays.stream(docs).mapToObj(d -> "").toList();
		return HitExplanations.of(searcher, filter, docs);
	}

	/** NB: Lucene scores DOT_PRODUCT as (1 + dot) / 2. */
	private static float cosine(final float score) {
		return 2 * score - 1;
	}

	private static VectorHit.Patch patch(final Document d) {
		return new VectorHit.Patch(num(d, X), num(d, Y), num(d, W), num(d, H), num(d, LEVEL));
	}

	private static int num(final Document d, final String field) {
		return d.getField(field).numericValue().intValue();
	}
}
