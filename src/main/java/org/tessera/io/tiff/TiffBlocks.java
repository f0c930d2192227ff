package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.tessera.io.Chunks;
import org.tessera.io.TesseraIOException;

/**
 * Reads and decodes strips and tiles of one page: positional read, decompression, predictor,
 * 1-bit unpacking, and bytes to elements in the file's byte order.
 */
final class TiffBlocks {

	private TiffBlocks() {}

	/** Elements per row of one block (one sample for planar pages, all samples for chunky ones). */
	static int rowElements(final TiffPage p) {
		return p.blockWidth() * (p.planar() ? 1 : p.samples());
	}

	/** Stored (decompressed) bytes per row of one block. */
	static int rowBytes(final TiffPage p) {
		final long n = p.bits() == 1 ? (rowElements(p) + 7L) / 8 : (long) rowElements(p) * (p.bits() / 8);
		return Math.toIntExact(n);
	}

	/**
	 * Reads block {@code index} (sample planes one after the other) holding {@code rows} rows and
	 * returns its decompressed bytes, predictor not yet undone. An empty block (offset or byte
	 * count 0) reads as zeros.
	 */
	static byte[] read(final TiffFile file, final TiffPage p, final int index, final int rows) throws IOException {
		final String what = "IFD " + p.ifd() + (p.tiled() ? " tile " : " strip ") + index;
		if (!TiffCompression.isSupported(p.compression())) {
			throw new TesseraIOException.Unsupported(file.name(), "IFD " + p.ifd() + " uses compression " + p.compression()
				+ " (" + TiffCompression.name(p.compression()) + "), which is not supported");
		}
		final int size = Math.multiplyExact(rowBytes(p), rows);
		final long offset = p.offsets()[index], count = p.byteCounts()[index];
		if (offset == 0 || count == 0) return new byte[size];
		final ByteBuffer stored = file.read(offset, p.compression() == 1 ? Math.min(count, size) : count, what);
		try {
			return TiffCompression.decode(p.compression(), stored.array(), size);
		}
		catch (final IOException e) {
			throw new TesseraIOException.Corrupt(file.name(), what + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Converts the decompressed bytes of {@code rows} block rows to elements: undoes the predictor,
	 * unpacks 1-bit samples, decodes in the file's byte order.
	 */
	static Object elements(final TiffFile file, final TiffPage p, final byte[] bytes, final int rows) throws IOException {
		final int perRow = rowElements(p);
		final int count = Math.multiplyExact(perRow, rows);
		final int stride = p.planar() ? 1 : p.samples();
		switch (p.predictor()) {
			case 1 -> {}
			case 2 -> {
				if (p.dtype().kind() == org.tessera.io.DType.Kind.FLOAT) {
					throw new TesseraIOException.Unsupported(file.name(), "IFD " + p.ifd() + " uses the horizontal predictor on floating-point samples");
				}
				final Object data = decode(p, bytes, count, file.order(), perRow, rows);
				Predictors.horizontal(data, perRow, rows, stride);
				return data;
			}
			case 3 -> {
				Predictors.floatingPoint(bytes, rowBytes(p), rows, stride, p.bits() / 8);
				return Chunks.decode(p.dtype(), bytes, 0, count, ByteOrder.BIG_ENDIAN);
			}
			default -> throw new TesseraIOException.Unsupported(file.name(), "IFD " + p.ifd() + " uses predictor " + p.predictor() + ", which is not supported");
		}
		return decode(p, bytes, count, file.order(), perRow, rows);
	}

	private static Object decode(final TiffPage p, final byte[] bytes, final int count, final ByteOrder order,
		final int perRow, final int rows)
	{
		if (p.bits() != 1) return Chunks.decode(p.dtype(), bytes, 0, count, order);
		final byte[] out = new byte[count];
		final int rb = rowBytes(p);
		for (int r = 0; r < rows; r++) {
			for (int i = 0; i < perRow; i++) out[r * perRow + i] = (byte) ((bytes[r * rb + (i >>> 3)] >> (7 - (i & 7))) & 1);
		}
		return out;
	}
}
