package org.tessera.io.n5;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.Codec;
import org.tessera.io.codec.Codecs;

/**
 * An N5 block compression: the {@code "compression"} object of N5 2.0 and later
 * ({@code {"type": "gzip", "level": 6, ...}}) or the {@code "compressionType"} string of older
 * versions, mapped onto a Tessera {@link Codec}. {@code raw} has no codec.
 */
final class N5Compression {

	private final String type;
	private final Codec codec;

	private N5Compression(final String type, final Codec codec) {
		this.type = type;
		this.codec = codec;
	}

	/**
	 * The compression of a dataset.
	 *
	 * @param file the attributes file, for messages
	 * @throws TesseraIOException.Unsupported naming an unknown compression type and the file
	 */
	static N5Compression of(final Map<String, Object> attrs, final DType dtype, final String file)
		throws TesseraIOException
	{
		final Map<String, Object> params = new HashMap<>();
		final Map<String, Object> object = N5Json.object(attrs.get("compression"));
		if (object != null) params.putAll(object);
		// NB: N5 before 2.0 wrote "compressionType" with default parameters; absent means raw.
		else if (attrs.get("compressionType") != null) params.put("type", attrs.get("compressionType").toString());
		final String type = params.getOrDefault("type", "raw").toString();
		if (type.equals("raw")) return new N5Compression(type, null);
		final String id = codecId(type, params, file);
		if (type.equals("blosc")) params.put("typesize", Math.max(1, dtype.size()));
		try {
			return new N5Compression(type, Codecs.create(id, params));
		}
		catch (final Codecs.UnknownCodecException | IllegalArgumentException e) {
			throw new TesseraIOException.Unsupported(file, "N5 compression '" + type + "': " + e.getMessage());
		}
	}

	private static String codecId(final String type, final Map<String, Object> params, final String file)
		throws TesseraIOException
	{
		return switch (type) {
			case "gzip" -> Boolean.TRUE.equals(params.get("useZlib")) ? "zlib" : "gzip";
			case "bzip2", "xz", "zstd", "blosc" -> type;
			case "lz4" -> "lz4-block";
			default -> throw new TesseraIOException.Unsupported(file, "unknown N5 compression type '" + type
				+ "' (known: raw, gzip, bzip2, xz, lz4, zstd, blosc)");
		};
	}

	/** The N5 type name, e.g. {@code "gzip"}. */
	String type() {
		return type;
	}

	/**
	 * Decompresses a block's data.
	 *
	 * @param size the expected size in bytes
	 * @throws IOException from the codec when the bytes are not valid (the caller adds the file)
	 */
	byte[] decode(final byte[] data, final int size) throws IOException {
		return codec == null ? data : codec.decode(data, size);
	}

	/** Compresses a block's data. */
	byte[] encode(final byte[] data) throws IOException {
		return codec == null ? data : codec.encode(data);
	}
}
