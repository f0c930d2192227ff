package org.tessera.io;

/**
 * One decoded chunk of a {@link ChunkedArray}.
 * <p>
 * {@code data} is a primitive array (see {@link DType#storage()}) holding the chunk's elements in C
 * order, already clipped to the array's bounds: at the array's far edges {@code shape} is smaller
 * than the nominal chunk shape, and data has exactly {@code product(shape) * components} primitives.
 * </p>
 *
 * @param position the chunk's index in the chunk grid, C order
 * @param shape the clipped shape of this chunk, C order
 * @param data the elements, C order, native width
 */
public record Chunk(long[] position, int[] shape, Object data) {

	/** The number of elements (not primitives) in this chunk. */
	public long elementCount() {
		long n = 1;
		for (final int s : shape) n *= s;
		return n;
	}
}
