package org.tessera.reduce.out;

import org.tessera.io.DType;
import org.tessera.reduce.ReducedArray;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a {@link ReducedArray} as a minimal baseline TIFF (little-endian, uncompressed, one strip
 * per page) that ImageJ opens: the last two axes are the image (a 1-D result is one row, a 0-D
 * result one pixel), earlier axes are pages. Integer results are stored as uint32 when every value
 * fits, else as float64; float results as float32 (NB: TIFF is for viewing; {@code .npy} and
 * {@code .zarr} keep full precision). Complex results are refused.
 */
public final class TiffWriter {

	private static final int ENTRIES = 10;
	private static final int IFD_BYTES = 2 + ENTRIES * 12 + 4;

	private TiffWriter() {}

	/** Writes the array to {@code out}. */
	public static void write(final ReducedArray r, final OutputStream out) throws IOException {
		if (r.dtype().kind() == DType.Kind.COMPLEX) {
			throw new IllegalArgumentException(r.name() + ": TIFF has no complex type; write .npy or .zarr");
		}
		final long[] s = r.shape();
		final int width = s.length == 0 ? 1 : (int) s[s.length - 1];
		final int height = s.length < 2 ? 1 : (int) s[s.length - 2];
		final int pages = Math.max(1, r.elementCount() / Math.max(1, width * height));
		final TiffSamples samples = TiffSamples.of(r);
		final int pageBytes = width * height * samples.bytes();
		final ByteBuffer b = ByteBuffer.allocate(8 + pages * (IFD_BYTES + pageBytes)).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		for (int p = 0; p < pages; p++) {
			final int ifd = b.position();
			final int data = ifd + IFD_BYTES;
			final int next = p + 1 < pages ? data + pageBytes : 0;
			ifd(b, width, height, samples, data, pageBytes, next);
			samples.put(b, p * width * height, width * height);
		}
		out.write(b.array());
	}

	private static void ifd(final ByteBuffer b, final int width, final int height, final TiffSamples s,
		final int dataOffset, final int bytes, final int next)
	{
		b.putShort((short) ENTRIES);
		entry(b, 256, width);
		entry(b, 257, height);
		entry(b, 258, s.bytes() * 8);
		entry(b, 259, 1);
		entry(b, 262, 1);
		entry(b, 273, dataOffset);
		entry(b, 277, 1);
		entry(b, 278, height);
		entry(b, 279, bytes);
		entry(b, 339, s.format());
		b.putInt(next);
	}

	/** One IFD entry of type LONG (4) with one value. */
	private static void entry(final ByteBuffer b, final int tag, final int value) {
		b.putShort((short) tag).putShort((short) 4).putInt(1).putInt(value);
	}
}
