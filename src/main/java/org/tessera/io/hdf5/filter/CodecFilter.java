package org.tessera.io.hdf5.filter;

import java.io.IOException;

import org.tessera.io.codec.Codec;

/** A filter whose chunk is one frame of a Tessera codec: blosc (32001) and zstd (32015). */
final class CodecFilter implements Hdf5Filter {

	private final Codec codec;

	CodecFilter(final Codec codec) {
		this.codec = codec;
	}

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		final byte[] out = codec.decode(in, -1);
		if (out.length > chunkBytes) throw new IOException(codec.id() + " frame decodes to " + out.length + " bytes, more than a chunk's " + chunkBytes);
		return out;
	}
}
