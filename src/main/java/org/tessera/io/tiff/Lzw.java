package org.tessera.io.tiff;

import java.io.IOException;

/**
 * TIFF's LZW decoder (compression 5): codes of 9 to 12 bits, most significant bit first, with the
 * "early change" of code width that libtiff writes. Old-style (pre-TIFF 6, LSB-first) streams are
 * refused.
 */
final class Lzw {

	private static final int CLEAR = 256, EOI = 257, MAX_CODES = 4096;

	private Lzw() {}

	/**
	 * Decodes a stream into exactly {@code size} bytes.
	 *
	 * @throws IOException when the stream holds an invalid code or ends before {@code size} bytes
	 */
	static byte[] decode(final byte[] in, final int size) throws IOException {
		if (in.length >= 2 && in[0] == 0 && (in[1] & 1) == 1) throw new IOException("old-style (LSB-first) LZW is not supported");
		final byte[] out = new byte[size];
		final int[] prefix = new int[MAX_CODES];
		final byte[] suffix = new byte[MAX_CODES];
		final int[] length = new int[MAX_CODES];
		for (int i = 0; i < 256; i++) {
			suffix[i] = (byte) i;
			length[i] = 1;
		}
		int next = 258, width = 9, old = -1, pos = 0;
		long bitPos = 0;
		final long totalBits = (long) in.length * 8;
		while (bitPos + width <= totalBits && pos < size) {
			final int code = readCode(in, bitPos, width);
			bitPos += width;
			if (code == EOI) break;
			if (code == CLEAR) {
				next = 258;
				width = 9;
				old = -1;
				continue;
			}
			if (code > next || (old < 0 && code >= 256)) throw new IOException("invalid LZW code " + code + " at bit " + (bitPos - width));
			final int first = code < next ? firstByte(prefix, suffix, code) : firstByte(prefix, suffix, old);
			if (old >= 0 && next < MAX_CODES) {
				prefix[next] = old;
				suffix[next] = (byte) first;
				length[next] = length[old] + 1;
				next++;
			}
			pos = emit(out, pos, code, prefix, suffix, length);
			old = code;
			if (next + 1 >= (1 << width) && width < 12) width++;
		}
		if (pos < size) throw new IOException("LZW stream decodes to " + pos + " bytes, expected " + size);
		return out;
	}

	private static int readCode(final byte[] in, final long bitPos, final int width) {
		int byteIdx = (int) (bitPos >>> 3);
		long acc = 0;
		for (int i = 0; i < 3 && byteIdx + i < in.length; i++) acc |= (long) (in[byteIdx + i] & 0xff) << (16 - 8 * i);
		final int shift = 24 - width - (int) (bitPos & 7);
		return (int) ((acc >>> shift) & ((1 << width) - 1));
	}

	private static int firstByte(final int[] prefix, final byte[] suffix, final int code) {
		int c = code;
		while (c >= 258) c = prefix[c];
		return suffix[c] & 0xff;
	}

	private static int emit(final byte[] out, final int pos, final int code, final int[] prefix, final byte[] suffix,
		final int[] length)
	{
		final int n = length[code];
		int c = code;
		for (int i = n - 1; i >= 0; i--) {
			if (pos + i < out.length) out[pos + i] = suffix[c];
			c = prefix[c];
		}
		return Math.min(out.length, pos + n);
	}
}
