package org.tessera.io.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/** Zarr v3's {@code "crc32c"} codec: a little-endian CRC-32C of the bytes appended after them. */
public final class Crc32cCodec implements Codec {

	@Override
	public String id() {
		return "crc32c";
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		if (encoded.length < 4) throw new IOException("crc32c: data shorter than its 4-byte checksum");
		final int n = encoded.length - 4;
		final CRC32C crc = new CRC32C();
		crc.update(encoded, 0, n);
		final int stored = ByteBuffer.wrap(encoded, n, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		if ((int) crc.getValue() != stored) {
			throw new IOException(String.format("crc32c checksum mismatch (stored %08x, computed %08x)", stored,
				(int) crc.getValue()));
		}
		return Arrays.copyOf(encoded, n);
	}

	@Override
	public byte[] encode(final byte[] decoded) {
		final CRC32C crc = new CRC32C();
		crc.update(decoded);
		return ByteBuffer.allocate(decoded.length + 4).order(ByteOrder.LITTLE_ENDIAN).put(decoded)
			.putInt((int) crc.getValue()).array();
	}

	/** Provides {@code "crc32c"}. */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("crc32c");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			return new Crc32cCodec();
		}
	}
}
