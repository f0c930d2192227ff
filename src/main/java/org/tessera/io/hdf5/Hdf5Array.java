package org.tessera.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.ReusableChunks;

/**
 * One HDF5 dataset as a {@link org.tessera.io.ChunkedArray}: C order, native widths and byte order converted to
 * Java's. Chunks are read raw and decoded by Tessera (see {@link ChunkedLayout}); chunks never
 * written read as the fill value. Thread-safe: it holds immutable state and reads positionally.
 */
public final class Hdf5Array extends AbstractChunkedArray implements ReusableChunks {

	private final Hdf5Dataset dataset;

	Hdf5Array(final Hdf5Dataset dataset, final String name, final Location location, final List<Axis> axes) {
		super(name, location, dataset.shape(), dataset.chunkShape(), dataset.type().dtype(), axes, dataset.attributes());
		this.dataset = dataset;
	}

	/** A copy with other axes (EMD and Velox calibrations). */
	public Hdf5Array withAxes(final List<Axis> newAxes) {
		return new Hdf5Array(dataset, name(), location(), newAxes);
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		return readChunk(null, position);
	}

	@Override
	public Chunk readChunk(final Object spare, final long... position) throws IOException {
		checkPosition(position);
		final DType t = dtype();
		if (!t.isNumeric()) throw notReadable(location().toString());
		final int[] clipped = Chunks.clippedShape(dataset.shape(), dataset.chunkShape(), position);
		final Optional<ByteBuffer> bytes = dataset.layout().read(position, clipped);
		if (bytes.isEmpty()) return new Chunk(position.clone(), clipped, Chunks.filled(t, Chunks.product(clipped), dataset.fill()));
		final boolean full = dataset.layout().fullChunks();
		final int[] stored = full ? dataset.chunkShape() : clipped;
		final int count = Chunks.product(stored);
		final ByteBuffer b = bytes.get().order(dataset.type().order());
		final Object data = Chunks.decodeInto(t, b, Chunks.reusable(t, spare, count));
		return new Chunk(position.clone(), clipped, Chunks.crop(t, data, stored, clipped));
	}
}
