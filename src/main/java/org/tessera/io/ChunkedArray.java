package org.tessera.io;

import java.io.IOException;
import java.util.Map;

/**
 * An n-dimensional array stored in chunks that can be read one at a time: the common view of
 * every format Tessera reads. Opening one reads metadata only; pixels are read chunk by chunk,
 * on demand, by {@link #readChunk(long...)}.
 * <p>
 * Everything is in C order (slowest axis first), as numpy and Zarr report it. Implementations are
 * safe for concurrent {@code readChunk} calls from several threads.
 * </p>
 */
public interface ChunkedArray {

	/** The array's internal path in its container ({@code "/"} for a root array), or {@code image0}... */
	String name();

	/** The file or directory the array lives in, for messages. */
	Location location();

	/** The shape, C order. */
	long[] shape();

	/** The nominal chunk shape, C order (edge chunks are clipped). */
	int[] chunkShape();

	DType dtype();

	/** The axes, C order, one per dimension. */
	java.util.List<Axis> axes();

	/** The array's own attributes as a JSON-like tree (maps, lists, strings, numbers, booleans). */
	Map<String, Object> attributes();

	/**
	 * Reads and decodes one chunk. A chunk that is not stored comes back filled with the array's
	 * fill value.
	 *
	 * @param position the chunk's index in the chunk grid, C order
	 * @throws TesseraIOException.Unsupported if the dtype cannot be read as pixels
	 * @throws TesseraIOException.Corrupt if the stored chunk cannot be decoded or has the wrong size
	 * @throws IOException on any other read failure; messages name the file and the cause
	 */
	Chunk readChunk(long... position) throws IOException;

	/** The number of dimensions. */
	default int numDimensions() {
		return shape().length;
	}

	/** The number of chunks along each dimension, C order. */
	default long[] chunkGrid() {
		final long[] s = shape();
		final int[] c = chunkShape();
		final long[] g = new long[s.length];
		for (int d = 0; d < s.length; d++) g[d] = c[d] == 0 ? 0 : (s[d] + c[d] - 1) / c[d];
		return g;
	}

	/** The total number of elements. */
	default long elementCount() {
		long n = 1;
		for (final long s : shape()) n = Math.multiplyExact(n, s);
		return n;
	}

	/** A one-line summary for ingest: name, shape, dtype and chunks. */
	default ArrayInfo info() {
		return new ArrayInfo(name(), shape(), dtype(), chunkShape(), axes());
	}
}
