package org.tessera.io.codec;

import com.scalableminds.bloscjava.Blosc;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Blosc 1 ({@code "blosc"}), through the native c-blosc 1.21 bundled in blosc-java. Decoding
 * needs no parameters (the blosc header carries them) and is thread-safe
 * ({@code blosc_decompress_ctx}). Encoding takes numcodecs' parameters ({@code cname},
 * {@code clevel}, {@code shuffle} as 0/1/2 or Zarr v3's {@code "noshuffle"/"shuffle"/"bitshuffle"},
 * {@code typesize}, {@code blocksize}).
 * <p>
 * NB: blosc-java decodes only from and into arrays of exact size that it allocates itself (a new
 * chunk-sized array per chunk), so the common frames, lz4 blocks with or without the byte shuffle, are
 * decoded in Java straight into the caller's buffer ({@link BloscFrames}); other compressors and the bit
 * shuffle go through c-blosc.
 * </p>
 */
public final class BloscCodec implements BufferCodec {

	private static final int HEADER = 16;

	private final Blosc.Compressor cname;
	private final int clevel;
	private final Blosc.Shuffle shuffle;
	private final int typesize;
	private final int blocksize;

	public BloscCodec(final String cname, final int clevel, final Blosc.Shuffle shuffle, final int typesize,
		final int blocksize)
	{
		this.cname = Blosc.Compressor.fromString(cname);
		this.clevel = clevel;
		this.shuffle = shuffle;
		this.typesize = typesize;
		this.blocksize = blocksize;
	}

	@Override
	public String id() {
		return "blosc";
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize) throws IOException {
		return decodeInto(encoded, encoded.length, null, decodedSize);
	}

	@Override
	public byte[] decodeInto(final byte[] src, final int length, final byte[] dst, final int decodedSize)
		throws IOException
	{
		if (length < HEADER) throw new IOException("blosc chunk shorter than its 16-byte header");
		final int nbytes = BloscFrames.int32(src, 4), cbytes = BloscFrames.int32(src, 12);
		if (cbytes != length) {
			throw new IOException("blosc header declares " + cbytes + " compressed bytes, chunk has " + length);
		}
		if (decodedSize >= 0 && nbytes != decodedSize) {
			throw new IOException("blosc header declares " + nbytes + " bytes, expected " + decodedSize);
		}
		if (BloscFrames.handles(src)) {
			final byte[] out = dst != null && dst.length >= nbytes ? dst : new byte[nbytes];
			BloscFrames.decode(src, length, nbytes, out);
			return out;
		}
		final byte[] encoded = length == src.length ? src : java.util.Arrays.copyOf(src, length);
		try {
			final byte[] out = Blosc.decompress(encoded);
			if (out == null || out.length != nbytes) throw new IOException("corrupt blosc chunk");
			return out;
		}
		catch (final RuntimeException e) {
			throw new IOException("corrupt blosc chunk: " + e.getMessage(), e);
		}
	}

	/**
	 * Byte-shuffled 2-byte little-endian lz4 frames, once the SIMD unshuffle is warm: each block is
	 * unshuffled straight into the elements (no decoded byte array, no copy into the element array).
	 */
	@Override
	public boolean decodeShorts(final byte[] src, final int length, final short[] dst, final java.nio.ByteOrder order)
		throws IOException
	{
		if (length < HEADER || order != java.nio.ByteOrder.LITTLE_ENDIAN || !Unshuffle.simd()) return false;
		if (!BloscFrames.shuffledShorts(src) || !BloscFrames.handles(src)) return false;
		final int nbytes = BloscFrames.int32(src, 4), cbytes = BloscFrames.int32(src, 12);
		if (cbytes != length || nbytes != 2L * dst.length) return false;
		BloscFrames.decodeShorts(src, length, nbytes, dst);
		return true;
	}

	@Override
	public byte[] encode(final byte[] decoded) {
		return Blosc.compress(decoded, typesize, cname, clevel, shuffle, blocksize);
	}

	/** Provides {@code "blosc"}. */
	public static final class Provider implements CodecProvider {

		@Override
		public Set<String> ids() {
			return Set.of("blosc");
		}

		@Override
		public Codec create(final String id, final Map<String, Object> config) {
			final Object s = config.get("shuffle");
			final Blosc.Shuffle shuffle;
			if (s == null) shuffle = Blosc.Shuffle.BYTE_SHUFFLE;
			else if (s instanceof Number n) shuffle = n.intValue() == 2 ? Blosc.Shuffle.BIT_SHUFFLE
				: n.intValue() == 0 ? Blosc.Shuffle.NO_SHUFFLE : Blosc.Shuffle.BYTE_SHUFFLE;
			else shuffle = switch (s.toString()) {
				case "noshuffle" -> Blosc.Shuffle.NO_SHUFFLE;
				case "bitshuffle" -> Blosc.Shuffle.BIT_SHUFFLE;
				case "shuffle" -> Blosc.Shuffle.BYTE_SHUFFLE;
				default -> throw new IllegalArgumentException("blosc shuffle '" + s + "' is not noshuffle, shuffle or bitshuffle");
			};
			return new BloscCodec(Codecs.stringParam(config, "cname", "lz4"), Codecs.intParam(config, "clevel", 5),
				shuffle, Codecs.intParam(config, "typesize", 1), Codecs.intParam(config, "blocksize", 0));
		}
	}
}
