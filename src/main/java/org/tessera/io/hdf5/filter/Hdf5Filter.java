package org.tessera.io.hdf5.filter;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One stage of an HDF5 filter pipeline, decoding in the read direction. Instances are immutable and
 * thread-safe. Failures throw {@link IOException} with the cause only; the pipeline adds the file and
 * the chunk.
 */
public interface Hdf5Filter {

	/**
	 * Reverses this filter on one chunk.
	 *
	 * @param in the bytes the next stage of the pipeline produced (or the stored chunk)
	 * @param chunkBytes the size of a whole decoded chunk in bytes (an upper bound for every stage)
	 */
	byte[] decode(byte[] in, int chunkBytes) throws IOException;

	/**
	 * Like {@link #decode(byte[], int)} from the remaining bytes of a buffer (the stored chunk in a
	 * reader's direct buffer); copies them into an array unless the filter reads buffers itself.
	 */
	default byte[] decode(final ByteBuffer in, final int chunkBytes) throws IOException {
		final byte[] b = new byte[in.remaining()];
		in.get(b);
		return decode(b, chunkBytes);
	}
}
