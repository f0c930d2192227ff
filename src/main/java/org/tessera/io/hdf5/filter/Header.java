package org.tessera.io.hdf5.filter;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Checked reads of the big-endian size fields that the LZ4 and bitshuffle filters put before their blocks. */
final class Header {

	private Header() {}

	/** The 8-byte decoded size, which must fit the chunk. */
	static long size(final ByteBuffer b, final int chunkBytes, final String filter) throws IOException {
		need(b, 12, filter + " header");
		final long size = b.getLong();
		if (size < 0 || size > chunkBytes) {
			throw new IOException(filter + " header says " + size + " decoded bytes, but a chunk holds " + chunkBytes);
		}
		return size;
	}

	/** The 4-byte block size in bytes; positive unless there is nothing to decode. */
	static int blockSize(final ByteBuffer b, final long size, final String filter) throws IOException {
		final int block = b.getInt();
		if (block <= 0 && size > 0) throw new IOException(filter + " header has block size " + block);
		return block;
	}

	/** A block's 4-byte compressed size, which must fit in what is left. */
	static int compressedSize(final ByteBuffer b, final String filter) throws IOException {
		need(b, 4, filter + " block size");
		final int c = b.getInt();
		if (c < 0 || c > b.remaining()) {
			throw new IOException(filter + " block of " + c + " bytes runs past the chunk's end (" + b.remaining() + " bytes left)");
		}
		return c;
	}

	private static void need(final ByteBuffer b, final int n, final String what) throws IOException {
		if (b.remaining() < n) throw new IOException("chunk too short for its " + what + " (" + b.remaining() + " bytes)");
	}
}
