package org.tessera.io.tiff;

import java.io.IOException;
import java.util.Map;

import org.tessera.io.codec.Codec;
import org.tessera.io.codec.Codecs;

/**
 * Decompresses one strip or tile: none (1), LZW (5), Deflate (8, and the old code 32946) and
 * PackBits (32773). Other codes are refused by {@link #isSupported}.
 */
final class TiffCompression {

	private static final Codec ZLIB = zlib();

	private TiffCompression() {}

	static boolean isSupported(final int code) {
		return code == 1 || code == 5 || code == 8 || code == 32946 || code == 32773;
	}

	/** A name for a compression code, for messages and attributes. */
	static String name(final int code) {
		return switch (code) {
			case 1 -> "none";
			case 2 -> "CCITT RLE";
			case 3 -> "CCITT T.4";
			case 4 -> "CCITT T.6";
			case 5 -> "LZW";
			case 6, 7 -> "JPEG";
			case 8, 32946 -> "Deflate";
			case 32773 -> "PackBits";
			case 33003, 33004, 33005, 34712 -> "JPEG 2000";
			case 34887, 34925 -> "LZMA";
			case 50000 -> "Zstandard";
			case 50001 -> "WebP";
			default -> "unknown";
		};
	}

	/**
	 * Decodes stored bytes into exactly {@code size} bytes.
	 *
	 * @throws IOException (without the file name; the caller adds it) when the stream is invalid
	 */
	static byte[] decode(final int code, final byte[] stored, final int size) throws IOException {
		final byte[] out = switch (code) {
			case 1 -> stored;
			case 5 -> Lzw.decode(stored, size);
			case 8, 32946 -> ZLIB.decode(stored, -1);
			case 32773 -> packBits(stored, size);
			default -> throw new IllegalArgumentException("compression " + code);
		};
		if (out.length < size) throw new IOException(name(code) + " data decodes to " + out.length + " bytes, expected " + size);
		return out;
	}

	// -- Helper methods --

	/** PackBits: a header byte n, then n + 1 literal bytes (n >= 0) or one byte repeated 1 - n times (n < 0). */
	static byte[] packBits(final byte[] in, final int size) throws IOException {
		final byte[] out = new byte[size];
		int i = 0, o = 0;
		while (i < in.length && o < size) {
			final int n = in[i++];
			if (n >= 0) {
				final int len = Math.min(n + 1, Math.min(in.length - i, size - o));
				System.arraycopy(in, i, out, o, len);
				i += n + 1;
				o += len;
			}
			else if (n != -128) {
				if (i >= in.length) break;
				final int len = Math.min(1 - n, size - o);
				java.util.Arrays.fill(out, o, o + len, in[i++]);
				o += len;
			}
		}
		if (o < size) throw new IOException("PackBits data decodes to " + o + " bytes, expected " + size);
		return out;
	}

	private static Codec zlib() {
		try {
			return Codecs.create("zlib", Map.of());
		}
		catch (final Codecs.UnknownCodecException e) {
			throw new IllegalStateException("the zlib codec is not registered", e);
		}
	}
}
