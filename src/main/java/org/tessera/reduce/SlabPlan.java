package org.tessera.reduce;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.DType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Cuts an array into C-order contiguous slabs for streaming: each slab fixes the element indices of
 * axes {@code 0..k-1} ({@link Slab#prefix}) and spans {@code [start, end)} along axis {@code k},
 * all of every faster axis. The level {@code k} is the slowest one whose chunk-thick slab fits the
 * byte budget, so in the usual case {@code k = 0} and every chunk is read exactly once.
 */
final class SlabPlan {

	/** One slab: fixed indices on axes before {@code axis}, a range on {@code axis}, and its size. */
	record Slab(long[] prefix, int axis, long start, long end, long bytes) {}

	private final long[] shape;
	private final int[] chunk;
	private final int level;
	private final long thickness;
	private final long rowBytes;

	private SlabPlan(final long[] shape, final int[] chunk, final int level, final long thickness, final long rowBytes) {
		this.shape = shape;
		this.chunk = chunk;
		this.level = level;
		this.thickness = thickness;
		this.rowBytes = rowBytes;
	}

	/** The plan for an array and a budget in bytes per slab. */
	static SlabPlan of(final ChunkedArray a, final long budget) {
		final long[] shape = a.shape();
		final int[] chunk = a.chunkShape();
		final int n = shape.length;
		for (int k = 0; k < n; k++) {
			long row = a.dtype().size();
			for (int d = k + 1; d < n; d++) row *= shape[d];
			final long t = Math.min(chunk[k], budget / Math.max(1, row));
			if (t >= 1 || k == n - 1) return new SlabPlan(shape, chunk, k, Math.max(1, t), row);
		}
		return new SlabPlan(shape, chunk, 0, 1, a.dtype().size()); // NB: 0-d arrays
	}

	/** Every slab, in C order. */
	Iterable<Slab> slabs() {
		if (shape.length == 0) return List.of(new Slab(new long[0], 0, 0, 1, rowBytes));
		for (final long s : shape) if (s == 0) return List.of();
		return () -> new Iterator<>() {
			final long[] prefix = new long[level];
			long start = 0;
			boolean done = false;

			@Override
			public boolean hasNext() {
				return !done;
			}

			@Override
			public Slab next() {
				final long chunkEnd = Math.min(shape[level], (start / chunk[level] + 1) * chunk[level]);
				final long end = Math.min(chunkEnd, start + thickness);
				final Slab s = new Slab(prefix.clone(), level, start, end, (end - start) * rowBytes);
				advance(end);
				return s;
			}

			private void advance(final long end) {
				start = end;
				if (start < shape[level]) return;
				start = 0;
				for (int d = level - 1; d >= 0; d--) {
					if (++prefix[d] < shape[d]) return;
					prefix[d] = 0;
				}
				done = true;
			}
		};
	}

	/** The chunk grid positions that a slab touches, in C order. */
	List<long[]> chunksOf(final Slab s) {
		final int n = shape.length;
		final List<long[]> out = new ArrayList<>();
		final long[] pos = new long[n];
		for (int d = 0; d < level; d++) pos[d] = s.prefix()[d] / chunk[d];
		if (n > 0) pos[level] = s.start() / chunk[level];
		final long[] grid = new long[n];
		for (int d = 0; d < n; d++) grid[d] = (shape[d] + chunk[d] - 1) / chunk[d];
		while (true) {
			out.add(pos.clone());
			int d = n - 1;
			for (; d > level; d--) {
				if (++pos[d] < grid[d]) break;
				pos[d] = 0;
			}
			if (d <= level) return out;
		}
	}

	/** The part of a chunk inside the slab, C order (the chunk's own array when all of it is). */
	Object clipToSlab(final Chunk c, final Slab s, final DType type) {
		final int[] off = new int[c.shape().length];
		final int[] box = boxInChunk(c, s, off);
		if (java.util.Arrays.equals(box, c.shape())) return c.data();
		final Object out = type.allocate(Chunks.product(box));
		final int comp = type.components();
		final int[] outOff = new int[off.length];
		forEachRow(c.shape(), off, box, box, outOff, (src, dst, len) -> System.arraycopy(c.data(), src * comp, out,
			dst * comp, len * comp));
		return out;
	}

	/** Writes the part of a chunk inside the slab into the slab's little-endian buffer. */
	void copyInto(final Chunk c, final Slab s, final ByteBuffer buf, final DType type) {
		final int n = c.shape().length;
		final int[] off = new int[n];
		final int[] box = boxInChunk(c, s, off);
		final int[] slabShape = new int[n];
		final int[] dstOff = new int[n];
		for (int d = 0; d < n; d++) {
			slabShape[d] = d < level ? 1 : d == level ? (int) (s.end() - s.start()) : (int) shape[d];
			final long chunkStart = c.position()[d] * chunk[d];
			dstOff[d] = d < level ? 0 : d == level ? (int) (chunkStart + off[d] - s.start()) : (int) chunkStart;
		}
		final int comp = type.components();
		final RowCopy put = rowWriter(type, c.data(), buf);
		forEachRow(c.shape(), off, box, slabShape, dstOff, (src, dst, len) -> put.copy(src * comp, dst * comp, len * comp));
	}

	/** Absolute bulk puts of primitives into one typed view of the slab buffer (in its byte order). */
	private static RowCopy rowWriter(final DType type, final Object data, final ByteBuffer buf) {
		return switch (type.storage()) {
			case BYTE -> (src, dst, len) -> buf.put(dst, (byte[]) data, src, len);
			case SHORT -> {
				final java.nio.ShortBuffer v = buf.asShortBuffer();
				yield (src, dst, len) -> v.put(dst, (short[]) data, src, len);
			}
			case INT -> {
				final java.nio.IntBuffer v = buf.asIntBuffer();
				yield (src, dst, len) -> v.put(dst, (int[]) data, src, len);
			}
			case LONG -> {
				final java.nio.LongBuffer v = buf.asLongBuffer();
				yield (src, dst, len) -> v.put(dst, (long[]) data, src, len);
			}
			case FLOAT -> {
				final java.nio.FloatBuffer v = buf.asFloatBuffer();
				yield (src, dst, len) -> v.put(dst, (float[]) data, src, len);
			}
			case DOUBLE -> {
				final java.nio.DoubleBuffer v = buf.asDoubleBuffer();
				yield (src, dst, len) -> v.put(dst, (double[]) data, src, len);
			}
			case NONE -> throw new IllegalStateException("data type " + type + " has no pixel storage");
		};
	}

	/** The box of the chunk (offset written to {@code off}, size returned) that lies in the slab. */
	private int[] boxInChunk(final Chunk c, final Slab s, final int[] off) {
		final int[] box = c.shape().clone();
		for (int d = 0; d <= level && d < box.length; d++) {
			final long chunkStart = c.position()[d] * chunk[d];
			final long from = d < level ? s.prefix()[d] : s.start();
			final long to = d < level ? from + 1 : s.end();
			off[d] = (int) (from - chunkStart);
			box[d] = (int) (to - from);
		}
		return box;
	}

	/** Receives one contiguous row: source and destination element indices and its length. */
	interface RowCopy {
		void copy(int src, int dst, int len);
	}

	/** Visits the rows of box {@code box} at {@code srcOff} in {@code srcShape}, placed at {@code dstOff} in {@code dstShape}. */
	static void forEachRow(final int[] srcShape, final int[] srcOff, final int[] box, final int[] dstShape,
		final int[] dstOff, final RowCopy row)
	{
		final int n = box.length;
		if (n == 0) {
			row.copy(0, 0, 1);
			return;
		}
		for (final int b : box) if (b == 0) return;
		final int[] pos = new int[n];
		while (true) {
			int src = 0, dst = 0;
			for (int d = 0; d < n; d++) {
				src = src * srcShape[d] + srcOff[d] + pos[d];
				dst = dst * dstShape[d] + dstOff[d] + pos[d];
			}
			row.copy(src, dst, box[n - 1]);
			int d = n - 2;
			for (; d >= 0; d--) {
				if (++pos[d] < box[d]) break;
				pos[d] = 0;
			}
			if (d < 0) return;
		}
	}
}
