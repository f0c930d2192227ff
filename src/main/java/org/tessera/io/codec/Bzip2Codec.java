package org.tessera.io.codec;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** bzip2 ({@code "bz2"} in numcodecs, {@code "bzip2"} in N5), through Commons Compress. */
public final class Bzip2Codec implements Codec {

	private final String id;
	private final int level;

	public Bzip2Codec(final String id, final int level) {
		this.id = id;
		this.level = Math.max(1, Math.min(9, level));
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		try (BZip2CompressorInputStream in = new BZip2CompressorInputStream(new ByteArrayInputStream(encoded), true)) {
			return in.readAllBytes();
		}
		catch (final IOException | RuntimeException e) {
			throw new IOException("corrupt bzip2 stream: " + e.getMessage(), e);
		}
	}

	@Override
	public byte[] encode(final byte[] decoded) throws IOException {
		final ByteArrayOutputStream bos = new ByteArrayOutputStream();
		try (BZip2CompressorOutputStream out = new BZip2CompressorOutputStream(bos, level)) {
			out.write(decoded);
		}
		return bos.toByteArray();
	}

	/** Provides {@code "bz2"} and {@code "bzip2"}; parameter {@code level} or {@code blockSize}. */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("bz2", "bzip2");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			return new Bzip2Codec(id, Codecs.intParam(config, "level", Codecs.intParam(config, "blockSize", 9)));
		}
	}
}
