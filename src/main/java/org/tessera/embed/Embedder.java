package org.tessera.embed;

import java.util.List;
import java.util.Map;

/**
 * Turns images into vectors: L2-normalised {@code float[dimension()]}, one per {@link Plane}, so that
 * similar images have a large dot product. Implementations are made by an {@link EmbedderProvider} and
 * known by a stable {@link #name()} that is written into catalogues (one vector field per name) and
 * lineage, never a class name.
 * <p>
 * An embedder owns its preprocessing (robust scaling, resize or tiling, channel handling) and may hold
 * native resources (a model session): close it. {@link #embed} is safe to call from several threads.
 * </p>
 */
public interface Embedder extends AutoCloseable {

	/** The stable name, e.g. {@code "classical"}, {@code "wallpaper"}. */
	String name();

	/** Length of every vector. */
	int dimension();

	/**
	 * What made the vectors, for lineage and the catalogue: at least {@code "name"} and {@code "version"};
	 * model-backed embedders add {@code "model.sha256"}, {@code "engine"} and {@code "device"}.
	 */
	Map<String, String> provenance();

	/**
	 * One L2-normalised vector per plane, in order (batched internally).
	 *
	 * @throws EmbedException naming the model or input and the cause
	 */
	List<float[]> embed(List<Plane> planes) throws EmbedException;

	/** Embeds one plane. */
	default float[] embed(final Plane plane) throws EmbedException {
		return embed(List.of(plane)).get(0);
	}

	/** Releases native resources; the default has none. */
	@Override
	default void close() {}
}
