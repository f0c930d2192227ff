package org.tessera.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The catalogue's codec: Lucene's default with an HNSW graph (M=16, beam 100) for every vector field,
 * full precision or 8-bit scalar quantised (raw vectors kept for rescoring). NB: the per-field format's
 * name is written into each segment, so readers need no custom codec.
 */
public final class CatalogCodec {

	/** HNSW neighbours per node. */
	public static final int M = 16;

	/** HNSW construction beam. */
	public static final int BEAM = 100;

	/** Lucene's default tiny-segment threshold (a segment this small for k=100 gets no graph). */
	public static final int TINY = Lucene99HnswVectorsFormat.HNSW_GRAPH_THRESHOLD;

	private CatalogCodec() {}

	/** Threads one graph merge may use: NB: merging is where most of a large catalogue's graph is built. */
	public static final int MERGE_WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	/** The merge workers' threads (daemons, made as needed, shared by every catalogue of the process). */
	private static final ExecutorService MERGES = Executors.newCachedThreadPool(r -> {
		final Thread t = new Thread(r, "tessera-hnsw-merge");
		t.setDaemon(true);
		return t;
	});

	/** The codec; {@code quantized} stores 8-bit vectors in the graph; graphs merge on {@link #MERGE_WORKERS}. */
	public static Codec of(final boolean quantized) {
		return of(format(quantized, MERGE_WORKERS, MERGE_WORKERS > 1 ? MERGES : null, TINY));
	}

	/** A codec with {@code format} for every vector field. */
	public static Codec of(final KnnVectorsFormat format) {
		return new Lucene104Codec() {

			@Override
			public KnnVectorsFormat getKnnVectorsFormatForField(final String field) {
				return format;
			}
		};
	}

	/**
	 * The vector format: full precision or 8-bit, graphs merged by {@code workers} threads of {@code exec}
	 * (null: one), no graph for segments where a search with k={@code tiny} would visit every vector.
	 */
	public static KnnVectorsFormat format(final boolean quantized, final int workers, final ExecutorService exec,
		final int tiny)
	{
		return quantized ? new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, M, BEAM, workers, exec, tiny)
			: new Lucene99HnswVectorsFormat(M, BEAM, workers, exec, tiny);
	}
}
