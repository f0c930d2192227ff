package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.tessera.embed.EmbedException;
import org.tessera.embed.Embedder;
import org.tessera.embed.Plane;
import org.tessera.embed.prep.Planes;
import org.tessera.embed.prep.Region;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.lineage.LineageSink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.tessera.index.VectorSchema.*;

/**
 * Adds the vectors of one array to its record document (one field per embedder) and, with patches on,
 * makes its patch documents: tiles of {@code patchSize} with stride {@code patchSize / 2} at the chosen
 * pyramid level (reduced like {@link VectorPlanes#MAX_SIDE} says), each with its parent id, place
 * (level-0 pixels), level and one vector per embedder. Every vector is checked: finite and of unit length.
 *
 * @param embedders the embedders (shared by the reader threads; {@link Embedder#embed} is thread-safe)
 * @param patchSize tile side in the level's pixels; 0 for no patches
 * @param patchLevel the pyramid level patches are cut from (the coarsest when there are fewer)
 * @param lineage where the per-dataset "embed" activities go ({@link EmbedActivity})
 */
record DatasetVectors(List<Embedder> embedders, int patchSize, int patchLevel, LineageSink lineage) {

	/** No embedders, no patches. */
	static final DatasetVectors NONE = new DatasetVectors(List.of(), 0, 0, LineageSink.NONE);

	/** The settings string of {@link VectorSchema#SETTINGS}; empty without embedders. */
	String settings() {
		if (embedders.isEmpty()) return "";
		final List<String> names = new ArrayList<>();
		for (final Embedder e : embedders) names.add(e.name() + "@" + e.provenance().getOrDefault("version", "?"));
		java.util.Collections.sort(names);
		return String.join(",", names) + (patchSize > 0 ? ";patches=" + patchSize + "@" + patchLevel : "");
	}

	/** Whether {@code a} gets vectors. */
	boolean embeds(final ChunkedArray a) {
		return !embedders.isEmpty() && Planes.hasPlane(a);
	}

	/** Adds vectors to {@code record} and returns the patch documents of {@code a} (empty when off). */
	List<Document> add(final Container c, final ChunkedArray a, final Document record, final String id)
		throws IOException
	{
		if (!embedders.isEmpty()) record.add(new StoredField(SETTINGS, settings()));
		if (!embeds(a)) return List.of();
		final Plane overview = VectorPlanes.overview(c, a);
		for (final Embedder e : embedders) record.add(vector(field(e.name()), checked(e, List.of(overview), a).get(0)));
		return patchSize > 0 ? patches(c, a, record, id) : List.of();
	}

	private List<Document> patches(final Container c, final ChunkedArray a, final Document record, final String id)
		throws IOException
	{
		final VectorPlanes.Level lv = VectorPlanes.level(c, a, patchLevel);
		final List<Region> at = new ArrayList<>();
		final List<Plane> tiles = new ArrayList<>();
		lv.tiles(patchSize, (r, p) -> {
			at.add(r);
			tiles.add(p);
		});
		final List<Document> docs = new ArrayList<>();
		for (final Region r : at) docs.add(patch(record, id, lv, r));
		for (final Embedder e : embedders) {
			final List<float[]> v = checked(e, tiles, a);
			for (int i = 0; i < docs.size(); i++) docs.get(i).add(vector(patchField(e.name()), v.get(i)));
		}
		return docs;
	}

	private static Document patch(final Document record, final String id, final VectorPlanes.Level lv,
		final Region r)
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
		d.add(new StoredField(X, (int) Math.round(r.x() * lv.scale())));
		d.add(new StoredField(Y, (int) Math.round(r.y() * lv.scale())));
		d.add(new StoredField(W, (int) Math.round(r.width() * lv.scale())));
		d.add(new StoredField(H, (int) Math.round(r.height() * lv.scale())));
		d.add(new StoredField(LEVEL, lv.level()));
		return d;
	}

	/**
	 * {@code e}'s vectors of {@code planes}.
	 *
	 * @throws EmbedException naming the file, array and embedder when a vector is not a finite unit vector
	 */
	static List<float[]> checked(final Embedder e, final List<Plane> planes, final ChunkedArray a) throws EmbedException {
		final List<float[]> out = e.embed(planes);
		for (final float[] v : out) {
			double n = 0;
			for (final float x : v) n += (double) x * x;
			if (!(Math.abs(n - 1) < 1e-3)) throw new EmbedException(a.location() + ": array '" + a.name() + "': embedder '"
				+ e.name() + "' returned a vector of length " + Math.sqrt(n) + ", not a finite unit vector");
		}
		return out;
	}

	private static KnnFloatVectorField vector(final String field, final float[] v) {
		return new KnnFloatVectorField(field, v, VectorSimilarityFunction.DOT_PRODUCT);
	}
}
