package org.tessera.io.tiff;

import java.io.IOException;
import java.util.Arrays;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;

/**
 * The pixel layout of one IFD: size, samples, data type, compression and where its strips or tiles
 * are. Strips are treated as tiles one image wide and {@code RowsPerStrip} high, so both layouts
 * share one code path.
 *
 * @param ifd the IFD index in the chain
 * @param bits bits per sample (1, 8, 16, 32 or 64); 1-bit samples are unpacked to one byte each
 * @param planar true for PlanarConfiguration 2 (one set of blocks per sample)
 * @param blockWidth tile width, or the image width for strips
 * @param blockHeight tile height, or RowsPerStrip (clipped to the height) for strips
 * @param offsets the file offset of every strip or tile, sample planes one after the other
 * @param byteCounts the stored size of every strip or tile
 */
record TiffPage(int ifd, int width, int height, int samples, int bits, DType dtype, int compression,
	int predictor, boolean planar, int photometric, boolean tiled, int blockWidth, int blockHeight,
	long[] offsets, long[] byteCounts)
{

	// -- Tags --

	static final int IMAGE_WIDTH = 256, IMAGE_LENGTH = 257, BITS_PER_SAMPLE = 258, COMPRESSION = 259,
		PHOTOMETRIC = 262, IMAGE_DESCRIPTION = 270, STRIP_OFFSETS = 273, SAMPLES_PER_PIXEL = 277,
		ROWS_PER_STRIP = 278, STRIP_BYTE_COUNTS = 279, X_RESOLUTION = 282, Y_RESOLUTION = 283,
		PLANAR_CONFIGURATION = 284, RESOLUTION_UNIT = 296, SOFTWARE = 305, PREDICTOR = 317, TILE_WIDTH = 322,
		TILE_LENGTH = 323, TILE_OFFSETS = 324, TILE_BYTE_COUNTS = 325, SAMPLE_FORMAT = 339;

	/**
	 * Reads the layout of one IFD.
	 *
	 * @throws TesseraIOException.Malformed when a required tag is missing or inconsistent
	 * @throws TesseraIOException.Unsupported for sample sizes or formats that are not pixels here
	 */
	static TiffPage of(final Ifd ifd) throws IOException {
		final String file = ifd.file().name();
		final String where = "IFD " + ifd.index();
		final int width = positive(ifd, IMAGE_WIDTH, "ImageWidth");
		final int height = positive(ifd, IMAGE_LENGTH, "ImageLength");
		final int samples = (int) ifd.first(SAMPLES_PER_PIXEL, 1);
		final int bits = (int) ifd.first(BITS_PER_SAMPLE, 1);
		final DType dtype = dtype(file, where, bits, (int) ifd.first(SAMPLE_FORMAT, 1));
		final boolean tiled = ifd.has(TILE_OFFSETS);
		final int bw = tiled ? positive(ifd, TILE_WIDTH, "TileWidth") : width;
		final int bh = tiled ? positive(ifd, TILE_LENGTH, "TileLength") : (int) Math.min(height, Math.max(1, ifd.first(ROWS_PER_STRIP, height)));
		final boolean planar = ifd.first(PLANAR_CONFIGURATION, 1) == 2 && samples > 1;
		if (samples < 1 || samples > 4096) throw new TesseraIOException.Malformed(file, where + " has SamplesPerPixel " + samples);
		final long[] offsets = ifd.longs(tiled ? TILE_OFFSETS : STRIP_OFFSETS);
		if (offsets == null) throw new TesseraIOException.Malformed(file, where + " has neither StripOffsets nor TileOffsets");
		final long blocks = ((long) (width + bw - 1) / bw) * ((height + bh - 1) / bh) * (planar ? samples : 1);
		if (offsets.length != blocks) {
			throw new TesseraIOException.Malformed(file, where + " lists " + offsets.length + " strip/tile offsets, expected " + blocks);
		}
		final int compression = (int) ifd.first(COMPRESSION, 1);
		final long[] counts = byteCounts(ifd, tiled, compression, offsets.length,
			(long) bw * bh * (planar ? 1 : samples) * Math.max(bits, 8) / 8);
		return new TiffPage(ifd.index(), width, height, samples, bits, dtype, compression, (int) ifd.first(PREDICTOR, 1),
			planar, (int) ifd.first(PHOTOMETRIC, 1), tiled, bw, bh, offsets, counts);
	}

	// -- Geometry --

	/** Strips or tiles per row of blocks. */
	int blocksAcross() {
		return (width + blockWidth - 1) / blockWidth;
	}

	/** Strips or tiles per sample plane. */
	int blocksPerPlane() {
		return blocksAcross() * ((height + blockHeight - 1) / blockHeight);
	}

	/** True when two pages can be stacked into one array (same size, samples, type and block layout). */
	boolean sameLayout(final TiffPage o) {
		return width == o.width && height == o.height && samples == o.samples && bits == o.bits
			&& dtype.equals(o.dtype) && planar == o.planar && blockWidth == o.blockWidth && blockHeight == o.blockHeight;
	}

	/** A copy whose blocks lie {@code delta} bytes further (ImageJ's pages after the first IFD). */
	TiffPage shifted(final int newIfd, final long delta) {
		final long[] o = Arrays.stream(offsets).map(x -> x + delta).toArray();
		return new TiffPage(newIfd, width, height, samples, bits, dtype, compression, predictor, planar, photometric,
			tiled, blockWidth, blockHeight, o, byteCounts);
	}

	// -- Helper methods --

	private static int positive(final Ifd ifd, final int tag, final String name) throws IOException {
		final long v = ifd.first(tag, 0);
		if (v <= 0 || v > Integer.MAX_VALUE) {
			throw new TesseraIOException.Malformed(ifd.file().name(), "IFD " + ifd.index() + " has " + name + " " + v);
		}
		return (int) v;
	}

	private static DType dtype(final String file, final String where, final int bits, final int format) throws TesseraIOException {
		final DType.Kind kind = switch (format) {
			case 1, 4 -> DType.Kind.UINT;
			case 2 -> DType.Kind.INT;
			case 3 -> DType.Kind.FLOAT;
			default -> null;
		};
		final DType t = bits == 1 && kind == DType.Kind.UINT ? DType.UINT8 : kind == null || bits % 8 != 0 ? null : DType.numeric(kind, bits / 8);
		if (t == null) {
			throw new TesseraIOException.Unsupported(file, where + ": " + bits + "-bit samples of SampleFormat " + format + " are not supported");
		}
		return t;
	}

	private static long[] byteCounts(final Ifd ifd, final boolean tiled, final int compression, final int n,
		final long blockBytes) throws IOException
	{
		final long[] counts = ifd.longs(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS);
		if (counts != null && counts.length == n) return counts;
		if (counts == null && compression == 1) {
			final long[] out = new long[n];
			Arrays.fill(out, blockBytes);
			return out;
		}
		throw new TesseraIOException.Malformed(ifd.file().name(), "IFD " + ifd.index() + " lists "
			+ (counts == null ? "no" : counts.length) + " strip/tile byte counts, expected " + n);
	}
}
