package org.tessera.io.dm;

import org.tessera.io.DType;

/**
 * How the pixels of one DM {@code ImageData/DataType} code are stored and exposed.
 * <p>
 * NB: RGB (codes 8 and 23, one little-endian uint32 {@code 0xAARRGGBB} per pixel, i.e. bytes B, G, R,
 * A) is exposed as uint8 with a trailing channel axis of 4 in R, G, B, A order — hyperspy's structured
 * RGBA dtype as plain numbers. Packed complex (27, 28: FFT half-planes) is unpacked row by row into
 * full complex rows as hyperspy does. The old packed complex layout (5) and DM's float/uint16 RGB
 * variants are listed with an unreadable dtype.
 * </p>
 *
 * @param code the DM data type code
 * @param dtype the exposed element type
 * @param storedBytes bytes per stored pixel in the file
 * @param layout how stored pixels become exposed elements
 */
record DmPixelType(int code, DType dtype, int storedBytes, Layout layout) {

	/** How stored pixels become elements. */
	enum Layout {
		/** Stored as the exposed type. */
		PLAIN,
		/** One byte per pixel, exposed as 0/1. */
		BOOL,
		/** B, G, R, A bytes exposed as an R, G, B, A channel axis. */
		RGBA,
		/** FFT half-plane rows of {@code cols / 2 + 1} complex values, unpacked to {@code cols}. */
		PACKED,
		/** Not readable as pixels. */
		UNREADABLE
	}

	/** The type of a DM data type code. */
	static DmPixelType of(final long code) {
		return switch ((int) Math.max(-1, Math.min(code, 999))) {
			case 1 -> plain(code, DType.INT16);
			case 2 -> plain(code, DType.FLOAT32);
			case 3 -> plain(code, DType.COMPLEX64);
			case 6 -> plain(code, DType.UINT8);
			case 7 -> plain(code, DType.INT32);
			case 9 -> plain(code, DType.INT8);
			case 10 -> plain(code, DType.UINT16);
			case 11 -> plain(code, DType.UINT32);
			case 12 -> plain(code, DType.FLOAT64);
			case 13 -> plain(code, DType.COMPLEX128);
			case 14 -> new DmPixelType((int) code, DType.BOOL, 1, Layout.BOOL);
			case 8, 23 -> new DmPixelType((int) code, DType.UINT8, 4, Layout.RGBA);
			case 27 -> new DmPixelType((int) code, DType.COMPLEX64, 8, Layout.PACKED);
			case 28 -> new DmPixelType((int) code, DType.COMPLEX128, 16, Layout.PACKED);
			default -> new DmPixelType((int) code, DType.unreadable("DM data type " + code, DType.Kind.OTHER, 0), 0, Layout.UNREADABLE);
		};
	}

	private static DmPixelType plain(final long code, final DType t) {
		return new DmPixelType((int) code, t, t.size(), Layout.PLAIN);
	}
}
