package org.tessera.index;

/**
 * The vector and patch part of the catalogue schema (additive to {@link CatalogSchema}): one
 * vector field per embedder name, patch documents, and the commit user-data keys that record which
 * embedders a catalogue holds and their dimensions.
 */
public final class VectorSchema {

	/** Document type field ({@link CatalogSchema#DOCTYPE}); {@link #PATCH} on patch documents. */
	public static final String DOC_TYPE = CatalogSchema.DOCTYPE;

	/** The doc type of a patch document. */
	public static final String PATCH = CatalogSchema.DOCTYPE_PATCH;

	/** Patch fields: the parent record's id, the tile in level-0 pixels, and the pyramid level it was read at. */
	public static final String PARENT = "patch.parent", X = "patch.x", Y = "patch.y", W = "patch.w", H = "patch.h",
		LEVEL = "patch.level";

	/**
	 * Commit user-data key: {@code "true"} when the catalogue stores its vector graphs 8-bit scalar
	 * quantised ({@link CatalogCodec}); searches then rescore candidates with the raw vectors.
	 */
	public static final String QUANTIZED_KEY = "vectors.quantized";

	/**
	 * Stored on every record indexed with embedders: the embedding settings it was indexed under
	 * ({@code name@version,…[;patches=SIZE@LEVEL]}). An unchanged dataset is read again when a run asks for
	 * other settings, so adding an embedder to a catalogue vectorises what it already holds.
	 */
	public static final String SETTINGS = "vectors.settings";

	/** Commit user-data key prefix: {@code embedder.<name>} holds the dimension of that embedder's vectors. */
	public static final String EMBEDDER_KEY = "embedder.";

	private VectorSchema() {}

	/** The record-vector field of an embedder. */
	public static String field(final String embedder) {
		return "vec." + embedder;
	}

	/**
	 * The patch-vector field of an embedder. NB: its own field, not {@link #field}: a record search then
	 * needs no doc-type filter (which would push HNSW into its slower filtered path) and vice versa.
	 */
	public static String patchField(final String embedder) {
		return "vec." + embedder + ".patch";
	}
}
