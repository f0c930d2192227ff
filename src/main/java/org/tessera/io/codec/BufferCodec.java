package org.tessera.io.codec;

import java.io.IOException;

/**
 * A {@link Codec} that can also decode into a caller's buffer, so that a streaming pass allocates
 * (and the JVM zeroes) no chunk-sized array per chunk. Optional: callers check with
 * {@code instanceof} and fall back to {@link Codec#decode}.
 */
public interface BufferCodec extends Codec {

	/**
	 * Decodes the first {@code length} bytes of {@code src}, into {@code dst} when the codec can.
	 *
	 * @param dst a buffer with room for at least {@code decodedSize} bytes
	 * @param decodedSize the expected decoded size in bytes (callers use this only when they know it)
	 * @return the array holding exactly {@code decodedSize} decoded bytes from index 0: {@code dst},
	 *         or a new array where the native decoder allocates its own (blosc-java)
	 * @throws IOException when the bytes are not valid for this codec or decode to another size
	 *           (callers add the file name)
	 */
	byte[] decodeInto(byte[] src, int length, byte[] dst, int decodedSize) throws IOException;

	/**
	 * Decodes the first {@code length} bytes of {@code src} straight into {@code dst}'s 16-bit elements
	 * of byte order {@code order}, where the codec can do that faster than a decode into bytes and a copy;
	 * otherwise does nothing and returns false (the caller then uses {@link #decodeInto}).
	 *
	 * @return whether {@code dst} now holds the decoded elements
	 * @throws IOException as {@link #decodeInto}, once it has begun decoding
	 */
	default boolean decodeShorts(final byte[] src, final int length, final short[] dst, final java.nio.ByteOrder order)
		throws IOException
	{
		return false;
	}
}
