package org.tessera.io.codec;

import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

import java.io.IOException;

/**
 * Decodes Blosc 1 frames whose blocks are lz4 (or lz4hc) compressed, byte-shuffled or not, or stored
 * ({@code memcpyed}), in Java into the caller's buffer: the lz4 blocks through lz4-java (its native
 * decompressor where the platform has one), the unshuffle in Java ({@link Unshuffle}, SIMD where it can).
 * So a streaming pass over blosc-lz4 chunks allocates nothing per chunk, where blosc-java returns a new
 * array each time (about 1 GiB/s of garbage on the 4D-STEM benchmark). Frames with other compressors or the bit shuffle are left to
 * c-blosc ({@link #handles}). The layout follows c-blosc 1.21's {@code blosc_d}: 16-byte header, block
 * starts, each block in {@code typesize} splits unless the header's no-split flag is set (or the block is
 * the short last one, or too small), each split as a 4-byte compressed size and its bytes (stored raw
 * when that size equals the split's).
 */
final class BloscFrames {

	static final int HEADER = 16;

	private static final int SHUFFLE = 0x1, MEMCPYED = 0x2, BITSHUFFLE = 0x4, NOSPLIT = 0x10, LZ4 = 1;
	private static final int MAX_SPLITS = 16, MIN_BUFFERSIZE = 128;

	private static final LZ4SafeDecompressor LZ4_DECODER = LZ4Factory.fastestInstance().safeDecompressor();

	/** Per thread: one shuffled block (blocks are at most a few MiB). */
	private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

	private BloscFrames() {}

	/** Whether the frame in {@code src} is one this class decodes (lz4 or stored, no bit shuffle). */
	static boolean handles(final byte[] src) {
		final int flags = src[2] & 0xff, typesize = src[3] & 0xff;
		if ((flags & MEMCPYED) != 0) return true;
		return flags >>> 5 == LZ4 && !((flags & BITSHUFFLE) != 0 && typesize > 1);
	}

	/**
	 * Decodes the frame of {@code length} bytes in {@code src} (header already checked by the caller:
	 * {@code nbytes} decoded bytes) into {@code dst} from index 0.
	 */
	static void decode(final byte[] src, final int length, final int nbytes, final byte[] dst) throws IOException {
		final int flags = src[2] & 0xff, typesize = src[3] & 0xff, blocksize = int32(src, 8);
		if ((flags & MEMCPYED) != 0) {
			if (length < HEADER + nbytes) throw new IOException("stored blosc chunk shorter than its " + nbytes + " bytes");
			System.arraycopy(src, HEADER, dst, 0, nbytes);
			return;
		}
		if (blocksize <= 0) throw new IOException("corrupt blosc chunk: block size " + blocksize);
		final int nblocks = nbytes / blocksize + (nbytes % blocksize > 0 ? 1 : 0);
		if (HEADER + 4L * nblocks > length) throw new IOException("corrupt blosc chunk: " + nblocks + " block starts past its end");
		final boolean shuffled = (flags & SHUFFLE) != 0 && typesize > 1;
		for (int j = 0; j < nblocks; j++) {
			final int bsize = Math.min(blocksize, nbytes - j * blocksize);
			final int splits = splits(flags, typesize, blocksize, bsize);
			final byte[] into = shuffled ? scratch(bsize) : dst;
			block(src, length, int32(src, HEADER + 4 * j), bsize, splits, into, shuffled ? 0 : j * blocksize);
			if (shuffled) Unshuffle.unshuffle(into, bsize, typesize, dst, j * blocksize);
		}
	}

	/** Whether the frame holds byte-shuffled 2-byte elements (for {@link #decodeShorts}). */
	static boolean shuffledShorts(final byte[] src) {
		final int flags = src[2] & 0xff;
		return (src[3] & 0xff) == 2 && (flags & SHUFFLE) != 0 && (flags & (MEMCPYED | BITSHUFFLE)) == 0
			&& int32(src, 8) % 2 == 0;
	}

	/**
	 * Decodes a frame of byte-shuffled little-endian 16-bit elements ({@link #shuffledShorts}, header
	 * checked by the caller: {@code nbytes} = 2 {@code dst.length}) into {@code dst}.
	 */
	static void decodeShorts(final byte[] src, final int length, final int nbytes, final short[] dst)
		throws IOException
	{
		final int flags = src[2] & 0xff, blocksize = int32(src, 8);
		if (blocksize <= 0) throw new IOException("corrupt blosc chunk: block size " + blocksize);
		final int nblocks = nbytes / blocksize + (nbytes % blocksize > 0 ? 1 : 0);
		if (HEADER + 4L * nblocks > length) throw new IOException("corrupt blosc chunk: " + nblocks + " block starts past its end");
		for (int j = 0; j < nblocks; j++) {
			final int bsize = Math.min(blocksize, nbytes - j * blocksize), n = bsize / 2, at = j * (blocksize / 2);
			final byte[] into = scratch(bsize);
			final int start = int32(src, HEADER + 4 * j);
			if (splits(flags, 2, blocksize, bsize) == 1) {
				block(src, length, start, bsize, 1, into, 0);
				Unshuffle.toShorts(into, 0, into, n, n, dst, at);
				continue;
			}
			// NB: a byte plane stored raw (noisy low bytes often are) is unshuffled from the frame itself, not copied first
			final int lo = part(src, length, start, n, into, 0);
			final int hiAt = start + 4 + lo;
			final int hi = part(src, length, hiAt, n, into, n);
			Unshuffle.toShorts(lo == n ? src : into, lo == n ? start + 4 : 0, hi == n ? src : into, hi == n ? hiAt + 4 : n, n,
				dst, at);
		}
	}

	/** How many parts a block is stored in: {@code typesize} unless not split (c-blosc's rule). */
	private static int splits(final int flags, final int typesize, final int blocksize, final int bsize) {
		final boolean leftover = bsize < blocksize;
		return (flags & NOSPLIT) == 0 && typesize <= MAX_SPLITS && blocksize / typesize >= MIN_BUFFERSIZE
			&& !leftover ? typesize : 1;
	}

	// -- Blocks --

	/** Decodes one block of {@code bsize} bytes at {@code start} in {@code splits} parts into {@code out[at..]}. */
	private static void block(final byte[] src, final int length, final int start, final int bsize, final int splits,
		final byte[] out, final int at) throws IOException
	{
		final int each = bsize / splits;
		int p = start;
		for (int s = 0; s < splits; s++) {
			final int o = at + s * each;
			final int cbytes = part(src, length, p, each, out, o);
			if (cbytes == each) System.arraycopy(src, p + 4, out, o, each);
			p += 4 + cbytes;
		}
	}

	/**
	 * Checks the part of {@code each} bytes stored at {@code p} (a 4-byte size, then the bytes) and decodes
	 * it into {@code out[o..]} unless it is stored raw (its size equals {@code each}: then the bytes are at
	 * {@code p + 4} in {@code src}, left for the caller). Returns the stored size.
	 */
	private static int part(final byte[] src, final int length, final int p, final int each, final byte[] out, final int o)
		throws IOException
	{
		if (p < HEADER || p > length - 4) throw new IOException("corrupt blosc chunk: block data at " + p + " past its end");
		final int cbytes = int32(src, p);
		if (cbytes < 0 || cbytes > length - p - 4) throw new IOException("corrupt blosc chunk: " + cbytes + " bytes past its end");
		if (cbytes != each && lz4(src, p + 4, cbytes, out, o, each) != each) {
			throw new IOException("corrupt blosc chunk: an lz4 block decodes to the wrong size");
		}
		return cbytes;
	}

	private static int lz4(final byte[] src, final int p, final int n, final byte[] out, final int o, final int max)
		throws IOException
	{
		try {
			return LZ4_DECODER.decompress(src, p, n, out, o, max);
		}
		catch (final LZ4Exception e) {
			throw new IOException("corrupt blosc chunk: " + e.getMessage(), e);
		}
	}

	// -- Helpers --

	private static byte[] scratch(final int size) {
		byte[] b = SCRATCH.get();
		if (b.length < size) SCRATCH.set(b = new byte[size]);
		return b;
	}

	static int int32(final byte[] b, final int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
	}
}
