package org.tessera.io.codec;

import net.jpountz.lz4.LZ4BlockInputStream;
import net.jpountz.lz4.LZ4BlockOutputStream;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Set;

/**
 * LZ4 in two framings: {@code "lz4"} is numcodecs' LZ4 (a 4-byte little-endian decoded size, then
 * one LZ4 block); {@code "lz4-block"} is lz4-java's {@code LZ4BlockOutputStream} framing that N5
 * writes for its {@code "lz4"} compression.
 */
public final class Lz4Codec implements Codec {

	private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();

	private final String id;

	public Lz4Codec(final String id) {
		this.id = id;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		try {
			if (id.equals("lz4-block")) {
				try (LZ4BlockInputStream in = new LZ4BlockInputStream(new ByteArrayInputStream(encoded))) {
					return in.readAllBytes();
				}
			}
			if (encoded.length < 4) throw new IOException("lz4 chunk shorter than its 4-byte header");
			final int n = ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN).getInt();
			if (n < 0 || (decodedSize >= 0 && n != decodedSize)) {
				throw new IOException("lz4 header declares " + n + " bytes, expected " + decodedSize);
			}
			final byte[] out = new byte[n];
			final int read = LZ4.safeDecompressor().decompress(encoded, 4, encoded.length - 4, out, 0, n);
			if (read != n) throw new IOException("lz4 block decoded to " + read + " of " + n + " bytes");
			return out;
		}
		catch (final LZ4Exception e) {
			throw new IOException("corrupt lz4 block: " + e.getMessage(), e);
		}
	}

	@Override
	public byte[] encode(final byte[] decoded) throws IOException {
		if (id.equals("lz4-block")) {
			final ByteArrayOutputStream bos = new ByteArrayOutputStream();
			try (LZ4BlockOutputStream out = new LZ4BlockOutputStream(bos)) {
				out.write(decoded);
			}
			return bos.toByteArray();
		}
		final byte[] c = LZ4.fastCompressor().compress(decoded);
		final ByteBuffer b = ByteBuffer.allocate(4 + c.length).order(ByteOrder.LITTLE_ENDIAN);
		return b.putInt(decoded.length).put(c).array();
	}

	/** Provides {@code "lz4"} (numcodecs) and {@code "lz4-block"} (N5). */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("lz4", "lz4-block");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			return new Lz4Codec(id);
		}
	}
}
