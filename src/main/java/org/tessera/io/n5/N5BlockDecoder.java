package org.tessera.io.n5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;

/**
 * Decodes one stored N5 block: a big-endian header ({@code uint16} mode, {@code uint16} number of
 * dimensions, one {@code uint32} size per dimension in N5 order, and for mode 1 ("varlength") a
 * {@code uint32} element count), then the compressed big-endian elements.
 */
final class N5BlockDecoder {

	private static final int DEFAULT = 0;
	private static final int VARLENGTH = 1;
	private static final int OBJECT = 2;

	private final DType dtype;
	private final N5Compression compression;
	private final int[] blockSize;

	/** @param blockSize the dataset's nominal block size, N5 order */
	N5BlockDecoder(final DType dtype, final N5Compression compression, final int[] blockSize) {
		this.dtype = dtype;
		this.compression = compression;
		this.blockSize = blockSize;
	}

	/**
	 * Decodes a block into its C-order elements.
	 *
	 * @param file the block file, for messages
	 * @param expected the block's clipped size at its grid position, N5 order
	 * @param spare a former block's data to decode into when it fits, or null
	 * @return a primitive array with exactly {@code product(expected)} elements
	 * @throws TesseraIOException.Corrupt when the header, size or data are wrong
	 */
	Object decode(final String file, final byte[] bytes, final int[] expected, final Object spare) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
		if (bytes.length < 4) throw new TesseraIOException.Corrupt(file, "truncated block header (" + bytes.length + " bytes)");
		final int mode = Short.toUnsignedInt(b.getShort());
		final int ndim = Short.toUnsignedInt(b.getShort());
		if (mode == OBJECT) throw new TesseraIOException.Unsupported(file, "object block (mode 2) cannot be read as pixels");
		if (mode != DEFAULT && mode != VARLENGTH) throw new TesseraIOException.Corrupt(file, "unknown block mode " + mode);
		if (ndim != expected.length) {
			throw new TesseraIOException.Corrupt(file, "block header has " + ndim + " dimensions, dataset has " + expected.length);
		}
		if (bytes.length < 4 * (ndim + 1 + mode)) throw new TesseraIOException.Corrupt(file, "truncated block header (" + bytes.length + " bytes)");
		final int[] stored = new int[ndim];
		for (int d = 0; d < ndim; d++) stored[d] = b.getInt();
		final int[] shape = mode == VARLENGTH ? checkCount(file, b.getInt(), expected) : checkSize(file, stored, expected);
		final int count = Chunks.product(shape);
		final byte[] data = decompress(file, Arrays.copyOfRange(bytes, b.position(), bytes.length), count * dtype.size());
		final ByteBuffer big = ByteBuffer.wrap(data, 0, count * dtype.size()).order(ByteOrder.BIG_ENDIAN);
		// NB: a whole block (not cropped below) may decode into the spare.
		final Object into = Arrays.equals(shape, expected) ? spare : null;
		final Object elements = Chunks.decodeInto(dtype, big, Chunks.reusable(dtype, into, count));
		return Chunks.crop(dtype, elements, N5Order.reverse(shape), N5Order.reverse(expected));
	}

	// -- Helper methods --

	/** The stored size must be the clipped size or (NB: some writers keep edge blocks whole) the nominal one. */
	private int[] checkSize(final String file, final int[] stored, final int[] expected) throws TesseraIOException {
		if (Arrays.equals(stored, expected) || Arrays.equals(stored, blockSize)) return stored;
		throw new TesseraIOException.Corrupt(file, "block size " + Arrays.toString(stored) + " does not match the expected "
			+ Arrays.toString(expected) + " (N5 order)");
	}

	private static int[] checkCount(final String file, final int count, final int[] expected) throws TesseraIOException {
		final int want = Chunks.product(expected);
		if (count == want) return expected;
		throw new TesseraIOException.Corrupt(file, "varlength block holds " + Integer.toUnsignedString(count)
			+ " elements, expected " + want + " for block size " + Arrays.toString(expected) + " (N5 order)");
	}

	private byte[] decompress(final String file, final byte[] data, final int size) throws TesseraIOException {
		final byte[] out;
		try {
			out = compression.decode(data, size);
		}
		catch (final IOException e) {
			throw new TesseraIOException.Corrupt(file, "cannot decode " + compression.type() + " block: " + e.getMessage(), e);
		}
		if (out.length != size) {
			throw new TesseraIOException.Corrupt(file, compression.type() + " block data has " + out.length + " bytes, expected " + size);
		}
		return out;
	}
}
