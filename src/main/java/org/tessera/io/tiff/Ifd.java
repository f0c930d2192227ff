package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.tessera.io.TesseraIOException;

/**
 * One image file directory: its entries by tag, with their values read on demand from the file
 * (so a huge private tag is never read unless asked for).
 *
 * @param index the IFD's position in the chain, from 0
 * @param offset where the IFD starts in the file
 * @param entries the entries by tag
 */
record Ifd(TiffFile file, int index, long offset, Map<Integer, Entry> entries) {

	/**
	 * One directory entry.
	 *
	 * @param valueOffset the absolute file position of the value bytes (inside the entry when they fit)
	 */
	record Entry(int tag, int type, long count, long valueOffset) {}

	/** Bytes per value of each TIFF field type (index = type; 0 = unknown). */
	private static final int[] TYPE_SIZES = { 0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8 };

	/** Bytes per value of a field type, or 0 when the type is unknown. */
	static int typeSize(final int type) {
		return type > 0 && type < TYPE_SIZES.length ? TYPE_SIZES[type] : 0;
	}

	boolean has(final int tag) {
		return entries.containsKey(tag);
	}

	/** The integer values of a tag, or null when the tag is absent. */
	long[] longs(final int tag) throws IOException {
		final Entry e = entries.get(tag);
		if (e == null) return null;
		final ByteBuffer b = bytes(e);
		final long[] out = new long[(int) e.count()];
		for (int i = 0; i < out.length; i++) out[i] = integer(b, e.type());
		return out;
	}

	/** The first integer value of a tag, or {@code dflt} when it is absent or empty. */
	long first(final int tag, final long dflt) throws IOException {
		final long[] v = longs(tag);
		return v == null || v.length == 0 ? dflt : v[0];
	}

	/** The first value of a RATIONAL (or any numeric) tag as a double, or NaN when absent. */
	double real(final int tag) throws IOException {
		final Entry e = entries.get(tag);
		if (e == null || e.count() == 0) return Double.NaN;
		final ByteBuffer b = bytes(new Entry(e.tag(), e.type(), 1, e.valueOffset()));
		return switch (e.type()) {
			case 5 -> (b.getInt() & 0xffffffffL) / (double) (b.getInt() & 0xffffffffL);
			case 10 -> b.getInt() / (double) b.getInt();
			case 11 -> b.getFloat();
			case 12 -> b.getDouble();
			default -> integer(b, e.type());
		};
	}

	/** An ASCII tag's text without its trailing NULs, or null when absent. */
	String ascii(final int tag) throws IOException {
		final Entry e = entries.get(tag);
		if (e == null) return null;
		final ByteBuffer b = bytes(e);
		int n = b.remaining();
		while (n > 0 && b.get(n - 1) == 0) n--;
		// NB: OME-XML and ImageJ descriptions are UTF-8 in practice although TIFF says 7-bit ASCII.
		return new String(b.array(), 0, n, StandardCharsets.UTF_8);
	}

	// -- Helper methods --

	private ByteBuffer bytes(final Entry e) throws IOException {
		final int size = typeSize(e.type());
		if (size == 0) throw new TesseraIOException.Malformed(file.name(), "IFD " + index + " tag " + e.tag() + " has unknown field type " + e.type());
		if (e.count() > (Integer.MAX_VALUE - 8) / size) {
			throw new TesseraIOException.Corrupt(file.name(), "IFD " + index + " tag " + e.tag() + " claims " + e.count() + " values");
		}
		return file.read(e.valueOffset(), e.count() * size, "IFD " + index + " tag " + e.tag() + " values");
	}

	private static long integer(final ByteBuffer b, final int type) {
		return switch (type) {
			case 1, 2, 7 -> b.get() & 0xff;
			case 6 -> b.get();
			case 3 -> b.getShort() & 0xffff;
			case 8 -> b.getShort();
			case 4, 13 -> b.getInt() & 0xffffffffL;
			case 9 -> b.getInt();
			case 16, 17, 18 -> b.getLong();
			case 5, 10 -> {
				final long num = b.getInt(), den = b.getInt();
				yield den == 0 ? 0 : num / den;
			}
			case 11 -> (long) b.getFloat();
			default -> (long) b.getDouble();
		};
	}
}
