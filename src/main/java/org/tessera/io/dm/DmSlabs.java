package org.tessera.io.dm;

/**
 * The chunk grid of a DM image: DM stores pixels contiguously in C order, so chunks are slabs that
 * are whole along the trailing axes and cut along one axis, each one contiguous range of the file
 * read with a single positional read.
 */
final class DmSlabs {

	/** The target chunk size: large enough for fast reads, small enough to stay lazy. */
	static final long TARGET_BYTES = 4L << 20;

	private DmSlabs() {}

	/** Whole trailing axes while they fit {@code target} bytes, then a cut axis, then 1s. */
	static int[] chunkShape(final long[] shape, final int elementBytes, final long target) {
		final int[] chunk = new int[shape.length];
		java.util.Arrays.fill(chunk, 1);
		long bytes = elementBytes;
		for (int d = shape.length - 1; d >= 0; d--) {
			final long fit = Math.max(1, target / bytes);
			chunk[d] = (int) Math.max(1, Math.min(shape[d], fit));
			if (chunk[d] < shape[d]) break;
			bytes *= Math.max(1, shape[d]);
		}
		return chunk;
	}

	/** The C-order index of a chunk's first element (its elements follow contiguously). */
	static long firstElement(final long[] shape, final int[] chunk, final long[] position) {
		long index = 0;
		for (int d = 0; d < shape.length; d++) index = index * shape[d] + position[d] * chunk[d];
		return index;
	}
}
