package org.tessera.io.codec;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** xz / LZMA2 ({@code "xz"} in N5, {@code "lzma"} in numcodecs' default xz format), through XZ for Java. */
public final class XzCodec implements Codec {

	private final String id;
	private final int preset;

	public XzCodec(final String id, final int preset) {
		this.id = id;
		this.preset = preset;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		try (XZInputStream in = new XZInputStream(new ByteArrayInputStream(encoded))) {
			return in.readAllBytes();
		}
		catch (final IOException | RuntimeException e) {
			throw new IOException("corrupt xz stream: " + e.getMessage(), e);
		}
	}

	@Override
	public byte[] encode(final byte[] decoded) throws IOException {
		final ByteArrayOutputStream bos = new ByteArrayOutputStream();
		try (XZOutputStream out = new XZOutputStream(bos, new LZMA2Options(preset))) {
			out.write(decoded);
		}
		return bos.toByteArray();
	}

	/** Provides {@code "xz"} and {@code "lzma"}; parameter {@code preset} (default 6). */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("xz", "lzma");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			return new XzCodec(id, Codecs.intParam(config, "preset", 6));
		}
	}
}
