package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.tessera.embed.Embedder;
import org.tessera.embed.Plane;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.tessera.index.VectorSchema.*;

/**
 * Adds the vectors of one array to its record document (one field per embedder) and, with patches on,
 * makes its patch documents: tiles of {@code patchSize} with stride {@code patchSize / 2} at the chosen
 * pyramid level, each with its parent id, place (level-0 pixels), level and one vector per embedder.
 *
 * @param embedders the embedders (shared by the reader threads; {@link Embedder#embed} is thread-safe)
 * @param patchSize tile side in the level's pixels; 0 for no patches
 * @param patchLevel the pyramid level patches are cut from (the coarsest when there are fewer)
 */
record DatasetVectors(List<Embedder> embedders, int patchSize, int patchLevel) {

	/** No embedders, no patches. */
	static final DatasetVectors NONE = new DatasetVectors(List.of(), 0, 0);

	/** Adds vectors to {@code record} and returns the patch documents of {@code a} (empty when off). */
	List<Document> add(final Container c, final ChunkedArray a, final Document record, final String id)
		throws IOException
	{
		if (embedders.isEmpty() || !ArrayPlanes.embeddable(a)) return List.of();
		final Plane overview = ArrayPlanes.overview(a);
		for (final Embedder e : embedders) record.add(vector(field(e.name()), e.embed(overview)));
		return patchSize > 0 ? patches(c, a, record, id) : List.of();
	}

	private List<Document> patches(final Container c, final ChunkedArray a, final Document record, final String id)
		throws IOException
	{
		final ArrayPlanes.Level lv = ArrayPlanes.level(c, a, patchLevel, ArrayPlanes.MAX_SIDE);
		final Plane p = lv.plane();
		final List<int[]> at = ArrayPlanes.tiles(p.width(), p.height(), patchSize);
		final List<Plane> tiles = new ArrayList<>();
		for (final int[] t : at) tiles.add(ArrayPlanes.crop(p, t[0], t[1], patchSize, patchSize));
		final List<Document> docs = new ArrayList<>();
		for (int i = 0; i < at.size(); i++) docs.add(patch(record, id, lv, at.get(i), tiles.get(i)));
		for (final Embedder e : embedders) {
			final List<float[]> v = e.embed(tiles);
			for (int i = 0; i < docs.size(); i++) docs.get(i).add(vector(patchField(e.name()), v.get(i)));
		}
		return docs;
	}

	private static Document patch(final Document record, final String id, final ArrayPlanes.Level lv, final int[] at,
		final Plane tile)
	{
		final Document d = new Document();
		d.add(new StringField(DOC_TYPE, PATCH, Field.Store.NO));
		d.add(new StringField(PARENT, id, Field.Store.YES));
		// NB: the file term (not stored: IndexedFiles skips documents without a stored file) lets replace/remove
		// of the dataset take its patches too.
		d.add(new StringField(CatalogSchema.FILE, record.get(CatalogSchema.FILE), Field.Store.NO));
		// NB: Lucene wants one structure per field name: path and array as on the record (indexed keywords).
		d.add(new StringField(CatalogSchema.PATH, record.get(CatalogSchema.PATH), Field.Store.YES));
		d.add(new StringField(CatalogSchema.ARRAY, record.get(CatalogSchema.ARRAY), Field.Store.YES));
		d.add(new StoredField(X, (int) Math.round(at[0] * lv.scale())));
		d.add(new StoredField(Y, (int) Math.round(at[1] * lv.scale())));
		d.add(new StoredField(W, (int) Math.round(tile.width() * lv.scale())));
		d.add(new StoredField(H, (int) Math.round(tile.height() * lv.scale())));
		d.add(new StoredField(LEVEL, lv.level()));
		return d;
	}

	private static KnnFloatVectorField vector(final String field, final float[] v) {
		return new KnnFloatVectorField(field, v, VectorSimilarityFunction.DOT_PRODUCT);
	}
}
