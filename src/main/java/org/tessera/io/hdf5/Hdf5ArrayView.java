package org.tessera.io.hdf5;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.PermutedView;

/**
 * Another view of a stored array, chunk by chunk: axes permuted (numpy's {@code transpose}),
 * singleton axes dropped, and its own axes and attributes. Vendor readers use it to present data
 * the way the vendor's software does (Velox stores images as (y, x, frame)). Thread-safe when the
 * source is.
 */
public final class Hdf5ArrayView implements PermutedView {

	private final ChunkedArray source;
	private final String name;
	private final int[] keep;
	private final int[] perm;
	private final List<Axis> axes;
	private final Map<String, Object> attributes;

	/**
	 * @param keep the source axes shown, in the order shown; the others must have length 1
	 * @param axes one per shown axis
	 */
	public Hdf5ArrayView(final ChunkedArray source, final String name, final int[] keep, final List<Axis> axes,
		final Map<String, Object> attributes)
	{
		final int n = source.shape().length;
		final List<Integer> order = new ArrayList<>();
		for (final int k : keep) order.add(k);
		for (int d = 0; d < n; d++) {
			if (order.contains(d)) continue;
			if (source.shape()[d] != 1) throw new IllegalArgumentException(source.name() + ": axis " + d + " has length " + source.shape()[d] + ", not 1");
			order.add(d);
		}
		if (axes.size() != keep.length) throw new IllegalArgumentException(name + ": " + axes.size() + " axes for " + keep.length + " dimensions");
		this.source = source;
		this.name = name;
		this.keep = keep.clone();
		this.perm = order.stream().mapToInt(Integer::intValue).toArray();
		this.axes = List.copyOf(axes);
		this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

	/** All axes in their stored order. */
	public static int[] identity(final int rank) {
		final int[] k = new int[rank];
		for (int d = 0; d < rank; d++) k[d] = d;
		return k;
	}

	// -- PermutedView methods --

	@Override
	public ChunkedArray source() {
		return source;
	}

	@Override
	public int[] sourceAxes() {
		return keep.clone();
	}

	// -- ChunkedArray methods --

	@Override
	public String name() {
		return name;
	}

	@Override
	public Location location() {
		return source.location();
	}

	@Override
	public long[] shape() {
		final long[] s = source.shape();
		final long[] out = new long[keep.length];
		for (int k = 0; k < keep.length; k++) out[k] = s[keep[k]];
		return out;
	}

	@Override
	public int[] chunkShape() {
		final int[] c = source.chunkShape();
		final int[] out = new int[keep.length];
		for (int k = 0; k < keep.length; k++) out[k] = c[keep[k]];
		return out;
	}

	@Override
	public DType dtype() {
		return source.dtype();
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
		if (position.length != keep.length) throw new IllegalArgumentException(name + ": " + position.length + " indices for " + keep.length + " dimensions");
		final long[] at = new long[perm.length];
		for (int k = 0; k < keep.length; k++) at[keep[k]] = position[k];
		final Chunk c = source.readChunk(at);
		final int[] shape = new int[keep.length];
		for (int k = 0; k < keep.length; k++) shape[k] = c.shape()[keep[k]];
		return new Chunk(position.clone(), shape, Chunks.transpose(dtype(), c.data(), c.shape(), perm));
	}
}
