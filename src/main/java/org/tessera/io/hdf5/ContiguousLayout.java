package org.tessera.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A contiguous dataset, exposed as a grid of slabs of about {@link #TARGET_BYTES}: the fastest
 * axes whole, one axis split, the slower axes one at a time. Each slab is one byte range of the
 * file, read directly. A dataset whose space was never allocated reads as its fill value.
 */
final class ContiguousLayout implements Hdf5Layout {

	/** The size a slab aims at. */
	static final long TARGET_BYTES = 2 << 20;

	private final Hdf5File file;
	private final Path data;
	private final String dataset;
	private final long offset;
	private final long[] shape;
	private final int[] chunkShape;
	private final int elementSize;

	/**
	 * @param offset the absolute file offset of the first element, or -1 when never allocated
	 */
	ContiguousLayout(final Hdf5File file, final Path data, final String dataset, final long offset, final long[] shape,
		final int elementSize)
	{
		this.file = file;
		this.data = data;
		this.dataset = dataset;
		this.offset = offset;
		this.shape = shape;
		this.elementSize = elementSize;
		this.chunkShape = slabs(shape, elementSize, TARGET_BYTES);
	}

	/** The slab shape: inner axes whole while they fit the target, then one split axis, then ones. */
	static int[] slabs(final long[] shape, final int elementSize, final long target) {
		final int n = shape.length;
		final int[] c = new int[n];
		long inner = elementSize;
		int d = n - 1;
		for (; d >= 0 && inner * Math.max(1, shape[d]) <= target && shape[d] <= Integer.MAX_VALUE; d--) {
			c[d] = (int) shape[d];
			inner *= Math.max(1, shape[d]);
		}
		if (d >= 0) c[d] = (int) Math.max(1, Math.min(shape[d], target / inner));
		for (int k = d - 1; k >= 0; k--) c[k] = 1;
		return c;
	}

	// -- Hdf5Layout methods --

	@Override
	public int[] chunkShape() {
		return chunkShape;
	}

	@Override
	public boolean fullChunks() {
		return false;
	}

	@Override
	public Optional<ByteBuffer> read(final long[] position, final int[] clipped) throws IOException {
		if (offset < 0) return Optional.empty();
		long first = 0;
		for (int d = 0; d < shape.length; d++) first = first * shape[d] + position[d] * chunkShape[d];
		final long length = (long) org.tessera.io.Chunks.product(clipped) * elementSize;
		final String what = "dataset " + dataset + " slab " + Arrays.toString(position);
		return Optional.of(file.readDirect(data, offset + first * elementSize, Math.toIntExact(length), what));
	}
}
