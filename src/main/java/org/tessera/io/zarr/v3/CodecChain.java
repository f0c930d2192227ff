package org.tessera.io.zarr.v3;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.List;

import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.codec.BufferCodec;
import org.tessera.io.codec.Codec;
import org.tessera.io.zarr.AbstractZarrArray;

/**
 * A parsed Zarr v3 codec list: array-to-array transposes, one array-to-bytes codec, then
 * bytes-to-bytes codecs. Decoding runs it backwards.
 *
 * @param transposes the permutations of the {@code transpose} codecs, in encoding order
 */
public record CodecChain(DType type, List<int[]> transposes, ArrayBytesCodec arrayBytes, List<Codec> bytesCodecs) {

	/** Decodes a stored chunk of C-order {@code shape}. */
	public Object decode(final byte[] stored, final int[] shape, final String file) throws IOException {
		byte[] b = stored;
		for (int i = bytesCodecs.size() - 1; i >= 0; i--) b = AbstractZarrArray.decode(bytesCodecs.get(i), b, -1, file);
		final int[][] shapes = shapes(shape);
		Object data = arrayBytes.decode(b, shapes[transposes.size()], file);
		for (int k = transposes.size() - 1; k >= 0; k--) {
			data = Chunks.transpose(type, data, shapes[k + 1], inverse(transposes.get(k)));
		}
		return data;
	}

	/** Encodes a C-order chunk of {@code shape}. */
	public byte[] encode(final Object data, final int[] shape) throws IOException {
		final int[][] shapes = shapes(shape);
		Object d = data;
		for (int k = 0; k < transposes.size(); k++) d = Chunks.transpose(type, d, shapes[k], transposes.get(k));
		byte[] b = arrayBytes.encode(d, shapes[transposes.size()]);
		for (final Codec c : bytesCodecs) b = c.encode(b);
		return b;
	}

	/** The encoded size when fixed ({@code bytes} then only {@code crc32c}), else -1. */
	public long encodedSize(final int[] shape) {
		long n = arrayBytes.encodedSize(shapes(shape)[transposes.size()]);
		for (final Codec c : bytesCodecs) n = n < 0 || !c.id().equals("crc32c") ? -1 : n + 4;
		return n;
	}

	/** True when the chain is a single {@code sharding_indexed} codec. */
	public boolean isShardingOnly() {
		return transposes.isEmpty() && bytesCodecs.isEmpty() && arrayBytes instanceof ShardingCodec;
	}

	/**
	 * True when chunks decode with {@code bytes} after at most one {@link BufferCodec} (no transposes),
	 * so they can decode straight into a caller's array.
	 */
	public boolean isBuffered() {
		return transposes.isEmpty() && arrayBytes instanceof BytesCodec
			&& (bytesCodecs.isEmpty() || bytesCodecs.size() == 1 && bytesCodecs.get(0) instanceof BufferCodec);
	}

	/** The only bytes-to-bytes codec of a {@link #isBuffered} chain, or null when it has none. */
	public BufferCodec bufferCodec() {
		return bytesCodecs.isEmpty() ? null : (BufferCodec) bytesCodecs.get(0);
	}

	/** The byte order of a {@link #isBuffered} chain's {@code bytes} codec. */
	public ByteOrder order() {
		return ((BytesCodec) arrayBytes).order();
	}

	private int[][] shapes(final int[] shape) {
		final int[][] s = new int[transposes.size() + 1][];
		s[0] = shape;
		for (int k = 0; k < transposes.size(); k++) {
			final int[] p = transposes.get(k);
			s[k + 1] = new int[p.length];
			for (int i = 0; i < p.length; i++) s[k + 1][i] = s[k][p[i]];
		}
		return s;
	}

	private static int[] inverse(final int[] perm) {
		final int[] inv = new int[perm.length];
		for (int k = 0; k < perm.length; k++) inv[perm[k]] = k;
		return inv;
	}
}
