package org.tessera.io.n5;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * One N5 dataset as a {@link ChunkedArray}, in C order. Blocks are read on demand; a block that is
 * not stored reads as zeros. Thread-safe: it holds only immutable state.
 */
final class N5Array implements ChunkedArray {

	private final Store store;
	private final Location location;
	private final String name;
	private final String key;
	private final N5DatasetAttributes dataset;
	private final Map<String, Object> attributes;
	private final List<Axis> axes;
	private final N5BlockDecoder decoder;

	/**
	 * @param key the dataset's key in the store ({@code ""} for a root dataset)
	 * @param name the name listed by the container
	 */
	N5Array(final Store store, final Location location, final String name, final String key,
		final Map<String, Object> attributes, final List<Axis> axes) throws TesseraIOException
	{
		this.store = store;
		this.location = location;
		this.name = name;
		this.key = key;
		final String file = store.describe(N5Json.attributesKey(key));
		this.dataset = N5DatasetAttributes.parse(attributes, file);
		this.attributes = attributes;
		this.axes = axes;
		this.decoder = new N5BlockDecoder(dataset.dtype(), N5Compression.of(attributes, dataset.dtype(), file),
			dataset.blockSize());
	}

	// -- ChunkedArray methods --

	@Override
	public String name() {
		return name;
	}

	@Override
	public Location location() {
		return location;
	}

	@Override
	public long[] shape() {
		return dataset.shape();
	}

	@Override
	public int[] chunkShape() {
		return dataset.chunkShape();
	}

	@Override
	public DType dtype() {
		return dataset.dtype();
	}

	@Override
	public List<Axis> axes() {
		return axes;
	}

	@Override
	public Map<String, Object> attributes() {
		return attributes;
	}

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		checkPosition(position);
		final String blockKey = N5Order.blockKey(key, position);
		if (!dtype().isNumeric()) {
			throw new TesseraIOException.Unsupported(store.describe(blockKey), "N5 data type '" + dtype() + "' cannot be read as pixels");
		}
		final int[] clipped = Chunks.clippedShape(shape(), chunkShape(), position);
		final byte[] bytes = store.read(blockKey);
		if (bytes == null) return new Chunk(position.clone(), clipped, dtype().allocate(Chunks.product(clipped)));
		final Object data = decoder.decode(store.describe(blockKey), bytes, N5Order.reverse(clipped));
		return new Chunk(position.clone(), clipped, data);
	}

	private void checkPosition(final long[] position) {
		final long[] grid = chunkGrid();
		boolean ok = position.length == grid.length;
		for (int d = 0; ok && d < grid.length; d++) ok = position[d] >= 0 && position[d] < grid[d];
		if (!ok) {
			throw new IllegalArgumentException(name + ": block position " + Arrays.toString(position)
				+ " is outside the grid " + Arrays.toString(grid) + " (C order)");
		}
	}
}
