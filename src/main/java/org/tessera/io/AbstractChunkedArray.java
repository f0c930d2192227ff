package org.tessera.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The metadata half of an array; subclasses implement readChunk. Holds the name, location, shape,
 * chunk shape, dtype, axes and attributes (shapes copied in and out, so callers cannot change
 * them) and offers the checks every reader needs.
 */
public abstract class AbstractChunkedArray implements ChunkedArray {

	private final String name;
	private final Location location;
	private final long[] shape;
	private final int[] chunkShape;
	private final DType dtype;
	private final List<Axis> axes;
	private final Map<String, Object> attributes;

	/**
	 * @param shape the shape, C order (copied)
	 * @param chunkShape the nominal chunk shape, C order (copied)
	 * @param axes one per dimension, C order (copied)
	 * @param attributes the array's own attributes, JSON-like (kept as given: JSON nulls are allowed)
	 */
	protected AbstractChunkedArray(final String name, final Location location, final long[] shape,
		final int[] chunkShape, final DType dtype, final List<Axis> axes, final Map<String, Object> attributes)
	{
		this.name = name;
		this.location = location;
		this.shape = shape.clone();
		this.chunkShape = chunkShape.clone();
		this.dtype = dtype;
		this.axes = List.copyOf(axes);
		this.attributes = attributes;
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
		return shape.clone();
	}

	@Override
	public int[] chunkShape() {
		return chunkShape.clone();
	}

	@Override
	public DType dtype() {
		return dtype;
	}

	@Override
	public List<Axis> axes() {
		return axes;
	}

	@Override
	public Map<String, Object> attributes() {
		return attributes;
	}

	// -- Helper methods for subclasses --

	/**
	 * Checks that {@code position} lies in the chunk grid.
	 *
	 * @throws IllegalArgumentException naming the location, the array, the position and the grid
	 */
	protected void checkPosition(final long[] position) {
		final long[] grid = chunkGrid();
		boolean ok = position.length == grid.length;
		for (int d = 0; ok && d < grid.length; d++) ok = position[d] >= 0 && position[d] < grid[d];
		if (!ok) {
			throw new IllegalArgumentException(location + ": array '" + name + "': chunk position "
				+ Arrays.toString(position) + " is outside the chunk grid " + Arrays.toString(grid) + " (C order)");
		}
	}

	/** The failure for reading pixels of a dtype that is listed but not readable, naming {@code file}. */
	protected TesseraIOException.Unsupported notReadable(final String file) {
		return new TesseraIOException.Unsupported(file, "data type '" + dtype.name() + "' of array '" + name
			+ "' cannot be read as pixels");
	}
}
