package org.tessera.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * How a dataset's elements are stored: in chunks (each with its own address and filters), in one
 * contiguous block (split into a grid of row slabs here), or inside the object header (compact).
 * Implementations are immutable and read chunk bytes without touching jHDF, so they are thread-safe.
 */
interface Hdf5Layout {

	/** The chunk shape of the grid Tessera exposes, C order. */
	int[] chunkShape();

	/**
	 * The decoded bytes of one chunk, or empty when it was never written: a buffer from its position,
	 * possibly the reading thread's scratch buffer, valid until the thread's next read.
	 *
	 * @param clipped the chunk's shape clipped to the dataset's bounds
	 * @return bytes of the full chunk when {@link #fullChunks()}, else of the clipped chunk
	 */
	Optional<ByteBuffer> read(long[] position, int[] clipped) throws IOException;

	/** Whether {@link #read} returns whole chunks that the caller must crop at the edges. */
	boolean fullChunks();
}
