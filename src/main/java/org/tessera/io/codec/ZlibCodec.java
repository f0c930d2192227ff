package org.tessera.io.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * DEFLATE in its two wrappings: {@code "zlib"} (RFC 1950, numcodecs' Zlib, N5's gzip with
 * {@code useZlib}) and {@code "gzip"} (RFC 1952, numcodecs' GZip, Zarr v3 gzip, N5 gzip).
 * Decoding accepts either wrapping, since writers disagree.
 */
public final class ZlibCodec implements Codec {

	private final String id;
	private final int level;

	public ZlibCodec(final String id, final int level) {
		this.id = id;
		this.level = level;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		if (encoded.length >= 2 && (encoded[0] & 0xff) == 0x1f && (encoded[1] & 0xff) == 0x8b) {
			try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(encoded), 65536)) {
				return decodedSize >= 0 ? readExactly(in, decodedSize) : in.readAllBytes();
			}
			catch (final java.io.EOFException | java.util.zip.ZipException e) {
				throw new IOException("corrupt gzip stream: " + e.getMessage(), e);
			}
		}
		final Inflater inf = new Inflater();
		try {
			inf.setInput(encoded);
			if (decodedSize >= 0) {
				final byte[] out = new byte[decodedSize];
				int n = 0;
				while (n < decodedSize && !inf.finished()) {
					final int k = inf.inflate(out, n, decodedSize - n);
					if (k == 0 && (inf.needsInput() || inf.needsDictionary())) break;
					n += k;
				}
				if (n != decodedSize) throw new IOException("zlib stream ended after " + n + " of " + decodedSize + " bytes");
				return out;
			}
			final ByteArrayOutputStream bos = new ByteArrayOutputStream(encoded.length * 4);
			final byte[] buf = new byte[65536];
			while (!inf.finished()) {
				final int k = inf.inflate(buf);
				if (k == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
					throw new IOException("truncated zlib stream");
				}
				bos.write(buf, 0, k);
			}
			return bos.toByteArray();
		}
		catch (final DataFormatException e) {
			throw new IOException("corrupt zlib stream: " + e.getMessage(), e);
		}
		finally {
			inf.end();
		}
	}

	private static byte[] readExactly(final java.io.InputStream in, final int size) throws IOException {
		final byte[] out = in.readNBytes(size);
		if (out.length != size) throw new IOException("gzip stream ended after " + out.length + " of " + size + " bytes");
		return out;
	}

	@Override
	public byte[] encode(final byte[] decoded) throws IOException {
		final ByteArrayOutputStream bos = new ByteArrayOutputStream();
		if (id.equals("gzip")) {
			try (GZIPOutputStream out = new GZIPOutputStream(bos) {
				{
					def.setLevel(level);
				}
			}) {
				out.write(decoded);
			}
			return bos.toByteArray();
		}
		final Deflater d = new Deflater(level);
		try {
			d.setInput(decoded);
			d.finish();
			final byte[] buf = new byte[65536];
			while (!d.finished()) bos.write(buf, 0, d.deflate(buf));
			return bos.toByteArray();
		}
		finally {
			d.end();
		}
	}

	/** Provides {@code "gzip"} and {@code "zlib"}; parameter {@code level} (default 1... 9, -1). */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("gzip", "zlib");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			return new ZlibCodec(id, Codecs.intParam(config, "level", 5));
		}
	}
}
