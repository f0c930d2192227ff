package org.tessera.reduce.out;

import org.tessera.reduce.ReducedArray;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes a {@link ReducedArray} as a numpy {@code .npy} file, format version 1.0, little-endian,
 * C order: {@code <i8}, {@code <u8}, {@code <f8} or {@code <c16}. The header is padded to a
 * multiple of 64 bytes, as numpy does. {@link #header(String, long...)} serves writers that stream
 * other element types themselves.
 */
public final class NpyWriter {

	private NpyWriter() {}

	/** Writes the array to {@code out}. */
	public static void write(final ReducedArray r, final OutputStream out) throws IOException {
		out.write(header(r));
		out.write(ResultBytes.littleEndian(r.data()));
	}

	/** The magic string, version, header length and header dictionary. */
	static byte[] header(final ReducedArray r) {
		return header(descr(r), r.shape());
	}

	/**
	 * The header of a C-order array of numpy type {@code descr} (e.g. {@code "<f4"}) and this shape; the
	 * caller writes the little-endian elements after it.
	 */
	public static byte[] header(final String descr, final long... shape) {
		final String tuple = shape.length == 1 ? "(" + shape[0] + ",)"
			: Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
		final String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + tuple + ", }";
		final int unpadded = 10 + dict.length() + 1;
		final int total = (unpadded + 63) / 64 * 64;
		final String text = dict + " ".repeat(total - unpadded) + "\n";
		final ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
		b.putShort((short) text.length()).put(text.getBytes(StandardCharsets.US_ASCII));
		return b.array();
	}

	private static String descr(final ReducedArray r) {
		return switch (r.dtype().name()) {
			case "int64" -> "<i8";
			case "uint64" -> "<u8";
			case "float64" -> "<f8";
			case "complex128" -> "<c16";
			default -> throw new IllegalArgumentException("no .npy type for " + r.dtype());
		};
	}
}
