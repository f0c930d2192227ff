package org.tessera.fiji;

import java.util.List;
import java.util.Map;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;

/**
 * A test array whose element at C-order linear index {@code i} is {@link #valueAt(long) i}
 * (wrapped to the dtype's width for integers), generated on demand chunk by chunk. It lets Fiji
 * tests predict every pixel without a reader from another package.
 */
final class GeneratedArray extends AbstractChunkedArray {

	GeneratedArray(final String name, final Location location, final long[] shape, final int[] chunks,
		final DType dtype, final List<Axis> axes)
	{
		super(name, location, shape, chunks, dtype, axes, Map.of("generator", "tessera-test"));
	}

	/** The value of the element at C-order linear index {@code i}, before wrapping to the dtype. */
	static long valueAt(final long i) {
		return i;
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) {
		final long[] shape = shape();
		final int[] chunks = chunkShape();
		final int[] clipped = Chunks.clippedShape(shape, chunks, position);
		final int n = Chunks.product(clipped);
		final Object data = dtype().allocate(n);
		final long[] at = new long[shape.length];
		for (int k = 0; k < n; k++) {
			long rest = k;
			long linear = 0;
			for (int d = shape.length - 1; d >= 0; d--) {
				at[d] = position[d] * chunks[d] + rest % clipped[d];
				rest /= clipped[d];
			}
			for (int d = 0; d < shape.length; d++) linear = linear * shape[d] + at[d];
			set(data, k, valueAt(linear));
		}
		return new Chunk(position.clone(), clipped, data);
	}

	// -- Helper methods --

	private static void set(final Object data, final int k, final long v) {
		switch (data) {
			case byte[] a -> a[k] = (byte) v;
			case short[] a -> a[k] = (short) v;
			case int[] a -> a[k] = (int) v;
			case long[] a -> a[k] = v;
			case float[] a -> a[k] = v;
			case double[] a -> a[k] = v;
			default -> throw new IllegalStateException("no storage " + data.getClass());
		}
	}
}
