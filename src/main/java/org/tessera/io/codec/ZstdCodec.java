package org.tessera.io.codec;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Zstandard ({@code "zstd"}), through zstd-jni. Frames without a content size are streamed; into a
 * caller's buffer they decode in one call (the caller knows the size).
 */
public final class ZstdCodec implements BufferCodec {

	private final int level;

	public ZstdCodec(final int level) {
		this.level = level;
	}

	@Override
	public String id() {
		return "zstd";
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		try {
			long size = Zstd.getFrameContentSize(encoded);
			if (size < 0 && decodedSize < 0 || size == -1) {
				// NB: unknown frame size (streaming writers): decode as a stream.
				try (ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(encoded))) {
					return in.readAllBytes();
				}
			}
			if (size < 0) size = decodedSize;
			if (size > Integer.MAX_VALUE - 16) throw new IOException("zstd frame declares " + size + " bytes");
			final byte[] out = new byte[(int) size];
			final long n = Zstd.decompressByteArray(out, 0, out.length, encoded, 0, encoded.length);
			if (n != out.length) throw new IOException("zstd frame decoded to " + n + " of " + out.length + " bytes");
			return out;
		}
		catch (final ZstdException | com.github.luben.zstd.ZstdIOException e) {
			throw new IOException("corrupt zstd frame: " + e.getMessage(), e);
		}
	}

	@Override
	public byte[] decodeInto(final byte[] src, final int length, final byte[] dst, final int decodedSize)
		throws IOException
	{
		try {
			// NB: zstd-jni pins both arrays (no copies); ZSTD_decompress also takes frames without a content size.
			final long n = Zstd.decompressByteArray(dst, 0, decodedSize, src, 0, length);
			if (n != decodedSize) throw new IOException("zstd frame decoded to " + n + " of " + decodedSize + " bytes");
			return dst;
		}
		catch (final ZstdException e) {
			throw new IOException("corrupt zstd frame: " + e.getMessage(), e);
		}
	}

	@Override
	public byte[] encode(final byte[] decoded) {
		return Zstd.compress(decoded, level);
	}

	/** Provides {@code "zstd"}; parameter {@code level} (default 3). */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("zstd");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			return new ZstdCodec(Codecs.intParam(config, "level", 3));
		}
	}
}
