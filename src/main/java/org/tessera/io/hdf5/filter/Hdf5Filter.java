package org.tessera.io.hdf5.filter;

import java.io.IOException;

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
}
