package org.tessera.search;

import org.tessera.embed.Embedder;
import org.tessera.embed.Plane;
import org.tessera.index.ArrayPlanes;
import org.tessera.index.Catalog;
import org.tessera.index.CatalogException;
import org.tessera.index.VectorHit;
import org.tessera.index.VectorQuery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Similarity search over one catalogue: makes {@link SimilarityQuery}s (by image file, plane, record id
 * or region) with the given embedders, runs them one embedder at a time and fuses the lists. Neither the
 * catalogue nor the embedders are owned: the caller closes them.
 */
public final class SimilaritySearch {

	/** NB: with several embedders each returns this many times k, so fusion sees the other lists' hits. */
	static final int FUSION_DEPTH = 3;

	private final Catalog catalog;
	private final List<Embedder> embedders;
	private final Fusion fusion;

	/** @param embedders used to embed images and planes; none is needed for {@link #byId} */
	public SimilaritySearch(final Catalog catalog, final List<Embedder> embedders, final Fusion fusion) {
		this.catalog = catalog;
		this.embedders = List.copyOf(embedders);
		this.fusion = fusion;
	}

	/** The catalogue searched. */
	public Catalog catalog() {
		return catalog;
	}

	// -- Making queries --

	/** The embedding of a plane (e.g. an open ImageJ image), searching whole arrays. */
	public SimilarityQuery byPlane(final Plane p, final int k) throws IOException {
		return new SimilarityQuery(embed(p), k, null, Target.RECORDS);
	}

	/** The embedding of an image file's array ({@code array} null: the first with a plane). */
	public SimilarityQuery byImage(final Path file, final String array, final int k) throws IOException {
		return byPlane(ImageFiles.overview(file, array), k);
	}

	/**
	 * The stored vectors of a catalogued record (every embedder given, else every one the catalogue holds).
	 *
	 * @throws CatalogException naming the catalogue and id when it has no such record or no vectors for it
	 */
	public SimilarityQuery byId(final String id, final int k) throws IOException {
		final Map<String, float[]> v = new LinkedHashMap<>();
		for (final String name : names()) {
			final Optional<float[]> f = catalog.vector(id, name);
			f.ifPresent(x -> v.put(name, x));
		}
		if (v.isEmpty()) throw new CatalogException(catalog.location() + ": no record '" + id + "' with vectors of "
			+ names() + " in the catalogue");
		return new SimilarityQuery(v, k, null, Target.RECORDS);
	}

	/** The embedding of a region of a plane (pixels of the plane), searching patches. */
	public SimilarityQuery byRegion(final Plane p, final Roi roi, final int k) throws IOException {
		return new SimilarityQuery(embed(ArrayPlanes.crop(p, roi.x(), roi.y(), roi.w(), roi.h())), k, null,
			Target.PATCHES);
	}

	/** The embedding of a region of an image file's array (full-resolution pixels), searching patches. */
	public SimilarityQuery byRegion(final Path file, final String array, final Roi roi, final int k)
		throws IOException
	{
		final ArrayPlanes.Level lv = ImageFiles.plane(file, array);
		final double s = lv.scale();
		final Roi scaled = new Roi((int) (roi.x() / s), (int) (roi.y() / s), Math.max(1, (int) Math.round(roi.w() / s)),
			Math.max(1, (int) Math.round(roi.h() / s)));
		return byRegion(lv.plane(), scaled, k);
	}

	// -- Searching --

	/** The fused top k of a query. */
	public List<SimilarityHit> search(final SimilarityQuery q) throws IOException {
		final int depth = q.vectors().size() == 1 ? q.k() : q.k() * FUSION_DEPTH;
		final Map<String, List<VectorHit>> lists = new LinkedHashMap<>();
		for (final Map.Entry<String, float[]> e : q.vectors().entrySet()) {
			lists.put(e.getKey(), catalog.nearest(new VectorQuery(e.getKey(), e.getValue(), depth, q.filter(),
				q.target() == Target.PATCHES)));
		}
		return fusion.combine(lists, q.k());
	}

	// -- Helper methods --

	private Map<String, float[]> embed(final Plane p) throws IOException {
		if (embedders.isEmpty()) throw new IllegalArgumentException("no embedder given to embed the query image");
		final Map<String, float[]> v = new LinkedHashMap<>();
		for (final Embedder e : embedders) v.put(e.name(), e.embed(p));
		return v;
	}

	private List<String> names() {
		return embedders.isEmpty() ? List.copyOf(catalog.embedders().keySet())
			: embedders.stream().map(Embedder::name).toList();
	}
}
