package org.tessera.io.n5;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.Location;
import org.tessera.io.ReusableChunks;
import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * One N5 dataset as a {@link org.tessera.io.ChunkedArray}, in C order. Blocks are read on demand;
 * a block that is not stored reads as zeros. Thread-safe: it holds only immutable state.
 * Blocks decode into a former block's array when it fits ({@link ReusableChunks}).
 */
final class N5Array extends AbstractChunkedArray implements ReusableChunks {

	private final Store store;
	private final String key;
	private final N5BlockDecoder decoder;

	private N5Array(final Store store, final Location location, final String name, final String key,
		final Map<String, Object> attributes, final List<Axis> axes, final N5DatasetAttributes dataset,
		final N5BlockDecoder decoder)
	{
		super(name, location, dataset.shape(), dataset.chunkShape(), dataset.dtype(), axes, attributes);
		this.store = store;
		this.key = key;
		this.decoder = decoder;
	}

	/**
	 * Parses a dataset's attributes and builds its array.
	 *
	 * @param key the dataset's key in the store ({@code ""} for a root dataset)
	 * @param name the name listed by the container
	 */
	static N5Array of(final Store store, final Location location, final String name, final String key,
		final Map<String, Object> attributes, final List<Axis> axes) throws TesseraIOException
	{
		final String file = store.describe(N5Json.attributesKey(key));
		final N5DatasetAttributes dataset = N5DatasetAttributes.parse(attributes, file);
		final N5BlockDecoder decoder = new N5BlockDecoder(dataset.dtype(),
			N5Compression.of(attributes, dataset.dtype(), file), dataset.blockSize());
		return new N5Array(store, location, name, key, attributes, axes, dataset, decoder);
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		return readChunk(null, position);
	}

	@Override
	public Chunk readChunk(final Object spare, final long... position) throws IOException {
		checkPosition(position);
		final String blockKey = N5Order.blockKey(key, position);
		if (!dtype().isNumeric()) throw notReadable(store.describe(blockKey));
		final int[] clipped = Chunks.clippedShape(shape(), chunkShape(), position);
		final byte[] bytes = store.read(blockKey);
		if (bytes == null) return new Chunk(position.clone(), clipped, dtype().allocate(Chunks.product(clipped)));
		final Object data = decoder.decode(store.describe(blockKey), bytes, N5Order.reverse(clipped), spare);
		return new Chunk(position.clone(), clipped, data);
	}
}
