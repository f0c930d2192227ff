package org.tessera.io.codec;

import java.io.IOException;

/**
 * A bytes-to-bytes compressor or checksum, as chunk formats chain them (Zarr compressors and v3
 * bytes-to-bytes codecs, N5 block compressions). Instances are immutable and thread-safe.
 * <p>
 * New codecs plug in through {@link CodecProvider}; formats look them up by their own id with
 * {@link Codecs#create}.
 * </p>
 */
public interface Codec {

	/** The stable id, as numcodecs and the Zarr v3 spec name it ({@code "blosc"}, {@code "zstd"}...). */
	String id();

	/**
	 * Decodes one chunk.
	 *
	 * @param encoded the stored bytes
	 * @param decodedSize the expected decoded size in bytes, or -1 when unknown
	 * @throws IOException when the bytes are not valid for this codec (callers add the file name)
	 */
	byte[] decode(byte[] encoded, int decodedSize) throws IOException;

	/** Encodes one chunk (used by writers and round-trip tests). */
	byte[] encode(byte[] decoded) throws IOException;
}
