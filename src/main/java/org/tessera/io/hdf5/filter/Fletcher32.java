package org.tessera.io.hdf5.filter;

import java.io.IOException;

/**
 * HDF5's Fletcher-32 checksum filter (3): the chunk followed by a 4-byte checksum, verified here
 * the way {@code H5Zfletcher32.c} does (including the byte-swapped form old libraries wrote).
 */
final class Fletcher32 implements Hdf5Filter {

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) throws IOException {
		if (in.length < 4) throw new IOException("chunk of " + in.length + " bytes is too short for its Fletcher-32 checksum");
		final int n = in.length - 4;
		final long stored = (in[n] & 0xFFL) | (in[n + 1] & 0xFFL) << 8 | (in[n + 2] & 0xFFL) << 16 | (in[n + 3] & 0xFFL) << 24;
		final long sum = checksum(in, n);
		final long reversed = (sum & 0x00FF00FFL) << 8 | (sum & 0xFF00FF00L) >>> 8;
		if (stored != sum && stored != reversed) {
			throw new IOException(String.format("Fletcher-32 checksum mismatch (stored %08x, computed %08x)", stored, sum));
		}
		return java.util.Arrays.copyOf(in, n);
	}

	/** {@code H5_checksum_fletcher32}: 16-bit big-endian words, folded every 360 words. */
	static long checksum(final byte[] data, final int length) {
		long sum1 = 0;
		long sum2 = 0;
		int words = length / 2;
		int p = 0;
		while (words > 0) {
			int t = Math.min(words, 360);
			words -= t;
			do {
				sum1 += (data[p] & 0xFF) << 8 | data[p + 1] & 0xFF;
				p += 2;
				sum2 += sum1;
			} while (--t > 0);
			sum1 = (sum1 & 0xFFFF) + (sum1 >>> 16);
			sum2 = (sum2 & 0xFFFF) + (sum2 >>> 16);
		}
		if ((length & 1) != 0) {
			sum1 += (data[p] & 0xFF) << 8;
			sum2 += sum1;
			sum1 = (sum1 & 0xFFFF) + (sum1 >>> 16);
			sum2 = (sum2 & 0xFFFF) + (sum2 >>> 16);
		}
		sum1 = (sum1 & 0xFFFF) + (sum1 >>> 16);
		sum2 = (sum2 & 0xFFFF) + (sum2 >>> 16);
		return sum2 << 16 | sum1;
	}
}
