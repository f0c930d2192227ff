package org.tessera.io.hdf5.filter;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The bitshuffle filter (32008), uncompressed or with LZ4 ({@code cd_values[4]} = 0 or 2). Elements
 * are transposed bit by bit in blocks of a multiple of 8 elements; the elements that do not fill
 * 8 at the end are stored as they are. With LZ4 the chunk starts with an 8-byte decoded size and a
 * 4-byte block size in bytes, and each block is a 4-byte size plus an LZ4 block.
 */
final class Bitshuffle implements Hdf5Filter {

	/** bitshuffle's {@code BSHUF_TARGET_BLOCK_SIZE_B}, {@code BSHUF_BLOCKED_MULT}, {@code BSHUF_MIN_RECOMMEND_BLOCK}. */
	private static final int TARGET = 8192, MULT = 8, MIN_BLOCK = 128;

	private final int elementSize;
	private final int blockElements;
	private final boolean lz4;

	Bitshuffle(final int elementSize, final int blockElements, final boolean lz4) {
		this.elementSize = elementSize;
		this.blockElements = blockElements > 0 ? blockElements
			: Math.max(TARGET / elementSize / MULT * MULT, MIN_BLOCK);
		this.lz4 = lz4;
	}

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(in);
		long size = in.length;
		int block = blockElements;
		if (lz4) {
			size = Header.size(b, chunkBytes, "bitshuffle");
			block = Header.blockSize(b, size, "bitshuffle") / elementSize;
			if (block % MULT != 0 || block == 0 && size > 0) throw new IOException("bitshuffle block of " + block + " elements is not a multiple of 8");
		}
		if (size % elementSize != 0) throw new IOException("bitshuffle data of " + size + " bytes is not a whole number of " + elementSize + "-byte elements");
		return blocks(b, (int) (size / elementSize), block);
	}

	private byte[] blocks(final ByteBuffer b, final int count, final int block) throws IOException {
		final int s = elementSize;
		final byte[] out = new byte[count * s];
		final byte[] tmp = new byte[block * s];
		int done = 0;
		while (count - done >= MULT) {
			final int n = Math.min(block, (count - done) / MULT * MULT);
			if (lz4) Lz4Blocks.block(b, tmp, 0, n * s, false);
			else b.get(tmp, 0, n * s);
			unshuffle(tmp, n, out, done * s);
			done += n;
		}
		final int left = (count - done) * s;
		if (b.remaining() < left) throw new IOException("bitshuffle data ends " + (left - b.remaining()) + " bytes early");
		b.get(out, done * s, left);
		return out;
	}

	/** Bit {@code k} of byte {@code j} of element {@code i} sits at bit {@code i % 8} of row {@code 8j + k}. */
	private void unshuffle(final byte[] in, final int n, final byte[] out, final int at) {
		final int s = elementSize;
		final int rowBytes = n / 8;
		for (int j = 0; j < s; j++) {
			for (int k = 0; k < 8; k++) {
				final int row = (j * 8 + k) * rowBytes;
				for (int q = 0; q < rowBytes; q++) {
					final int v = in[row + q] & 0xFF;
					if (v == 0) continue;
					for (int m = 0; m < 8; m++) {
						if ((v >>> m & 1) != 0) out[at + (q * 8 + m) * s + j] |= (byte) (1 << k);
					}
				}
			}
		}
	}
}
