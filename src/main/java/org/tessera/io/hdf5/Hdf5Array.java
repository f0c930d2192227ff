package org.tessera.io.hdf5;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * One HDF5 dataset as a {@link ChunkedArray}: C order, native widths and byte order converted to
 * Java's. Chunks are read raw and decoded by Tessera (see {@link ChunkedLayout}); chunks never
 * written read as the fill value. Thread-safe: it holds immutable state and reads positionally.
 */
public final class Hdf5Array implements ChunkedArray {

	private final Hdf5Dataset dataset;
	private final String name;
	private final Location location;
	private final List<Axis> axes;

	Hdf5Array(final Hdf5Dataset dataset, final String name, final Location location, final List<Axis> axes) {
		this.dataset = dataset;
		this.name = name;
		this.location = location;
		this.axes = List.copyOf(axes);
	}

	/** A copy with other axes (EMD and Velox calibrations). */
	public Hdf5Array withAxes(final List<Axis> newAxes) {
		return new Hdf5Array(dataset, name, location, newAxes);
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
		return dataset.shape().clone();
	}

	@Override
	public int[] chunkShape() {
		return dataset.chunkShape().clone();
	}

	@Override
	public DType dtype() {
		return dataset.type().dtype();
	}

	@Override
	public List<Axis> axes() {
		return axes;
	}

	@Override
	public Map<String, Object> attributes() {
		return dataset.attributes();
	}

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		checkPosition(position);
		final DType t = dtype();
		if (!t.isNumeric()) {
			throw new TesseraIOException.Unsupported(location.toString(), "dataset " + name + " has data type '" + t
				+ "', which cannot be read as pixels");
		}
		final int[] clipped = Chunks.clippedShape(dataset.shape(), dataset.chunkShape(), position);
		final Optional<byte[]> bytes = dataset.layout().read(position, clipped);
		if (bytes.isEmpty()) return new Chunk(position.clone(), clipped, Chunks.filled(t, Chunks.product(clipped), dataset.fill()));
		final boolean full = dataset.layout().fullChunks();
		final int[] stored = full ? dataset.chunkShape() : clipped;
		final Object data = Chunks.decode(t, bytes.get(), 0, Chunks.product(stored), dataset.type().order());
		return new Chunk(position.clone(), clipped, Chunks.crop(t, data, stored, clipped));
	}

	private void checkPosition(final long[] position) {
		final long[] grid = chunkGrid();
		boolean ok = position.length == grid.length;
		for (int d = 0; ok && d < grid.length; d++) ok = position[d] >= 0 && position[d] < grid[d];
		if (!ok) {
			throw new IllegalArgumentException(name + ": chunk position " + Arrays.toString(position)
				+ " is outside the grid " + Arrays.toString(grid) + " (C order)");
		}
	}
}
