package org.tessera.embed;

import java.util.List;

/**
 * An {@link Embedder} whose work splits into preparing a batch of planes (scaling, resizing, packing
 * into the model's input) and running the model on it, so that {@link EmbedPipeline} can prepare the
 * next batch on another thread while the model runs.
 *
 * @param <B> a prepared batch
 */
public interface StagedEmbedder<B> extends Embedder {

	/** Planes per batch that {@link #run} takes best (the model's batch size). */
	int batchSize();

	/**
	 * The planes preprocessed into one model input; safe to call from another thread than {@link #run}.
	 *
	 * @throws EmbedException naming the model and the cause
	 */
	B prepare(List<Plane> planes) throws EmbedException;

	/**
	 * One L2-normalised vector per plane of a prepared batch, in order.
	 *
	 * @throws EmbedException naming the model and the cause
	 */
	List<float[]> run(B batch) throws EmbedException;
}
