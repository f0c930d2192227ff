package org.tessera.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

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

	private CatalogCodec() {}

	/** The codec; {@code quantized} stores 8-bit vectors in the graph. */
	public static Codec of(final boolean quantized) {
		final KnnVectorsFormat format = quantized ? new Lucene104HnswScalarQuantizedVectorsFormat(M, BEAM)
			: new Lucene99HnswVectorsFormat(M, BEAM);
		return new Lucene104Codec() {

			@Override
			public KnnVectorsFormat getKnnVectorsFormatForField(final String field) {
				return format;
			}
		};
	}
}
