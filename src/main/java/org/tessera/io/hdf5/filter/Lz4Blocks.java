package org.tessera.io.hdf5.filter;

import java.io.IOException;
import java.nio.ByteBuffer;

import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * The HDF5 LZ4 filter (32004): an 8-byte big-endian decoded size, a 4-byte block size, then each
 * block as a 4-byte compressed size and an LZ4 block (stored as is when it did not shrink).
 */
final class Lz4Blocks implements Hdf5Filter {

	private static final LZ4SafeDecompressor LZ4 = LZ4Factory.fastestInstance().safeDecompressor();

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(in);
		final long size = Header.size(b, chunkBytes, "LZ4");
		final int block = Header.blockSize(b, size, "LZ4");
		final byte[] out = new byte[(int) size];
		int op = 0;
		while (op < size) {
			final int n = (int) Math.min(block, size - op);
			op += block(b, out, op, n, true);
		}
		return out;
	}

	/**
	 * Decodes one block of {@code n} bytes into {@code out} at {@code op}; returns {@code n}.
	 *
	 * @param storedWhenEqual whether a block whose compressed size equals {@code n} is stored as is
	 */
	static int block(final ByteBuffer b, final byte[] out, final int op, final int n, final boolean storedWhenEqual)
		throws IOException
	{
		final int c = Header.compressedSize(b, "LZ4");
		if (storedWhenEqual && c == n) {
			b.get(out, op, n);
			return n;
		}
		try {
			final int got = LZ4.decompress(b.array(), b.position(), c, out, op, n);
			if (got != n) throw new IOException("LZ4 block decodes to " + got + " bytes, expected " + n);
		}
		catch (final LZ4Exception e) {
			throw new IOException("invalid LZ4 block (" + e.getMessage() + ")", e);
		}
		b.position(b.position() + c);
		return n;
	}
}
