package org.tessera.io;

import java.io.IOException;

/**
 * A {@link ChunkedArray} that can decode a chunk into an array the caller no longer needs, so a
 * streaming pass allocates (and the JVM zeroes) no chunk-sized array per chunk. Optional: callers
 * check with {@code instanceof} and fall back to {@link ChunkedArray#readChunk}.
 */
public interface ReusableChunks extends ChunkedArray {

	/**
	 * Like {@link #readChunk(long...)}; the returned chunk's data may be {@code spare} (when it is
	 * a primitive array of the chunk's storage type and exact length), which the caller must not use
	 * otherwise any more.
	 *
	 * @param spare a former chunk's data, or null
	 */
	Chunk readChunk(Object spare, long... position) throws IOException;
}
