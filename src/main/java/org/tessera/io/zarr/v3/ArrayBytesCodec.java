package org.tessera.io.zarr.v3;

import java.io.IOException;

/**
 * A Zarr v3 array-to-bytes codec ({@code bytes}, {@code sharding_indexed}): turns a C-order chunk
 * of a known shape into bytes and back.
 */
public interface ArrayBytesCodec {

	/**
	 * Decodes a chunk of {@code shape}.
	 *
	 * @param file the stored object, for messages
	 * @return a primitive array in C order
	 * @throws org.tessera.io.TesseraIOException.Corrupt when the bytes do not fit the shape
	 */
	Object decode(byte[] bytes, int[] shape, String file) throws IOException;

	/** Encodes a C-order chunk of {@code shape}. */
	byte[] encode(Object data, int[] shape) throws IOException;

	/** The encoded size for a shape when it is fixed (no compression), else -1. */
	long encodedSize(int[] shape);
}
