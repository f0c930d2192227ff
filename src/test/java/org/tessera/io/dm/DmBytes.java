package org.tessera.io.dm;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes tiny DM3/DM4 files byte by byte for tests, following the published layout (big-endian
 * header and structure fields, tag data in the chosen byte order). Groups declare their tag count up
 * front; the caller then writes exactly that many tags.
 */
final class DmBytes {

	static final int INT32 = 3, UINT16 = 4, UINT32 = 5, FLOAT32 = 6, FLOAT64 = 7;

	private final int version;
	private final ByteOrder order;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	DmBytes(final int version, final ByteOrder order, final int rootTags) {
		this.version = version;
		this.order = order;
		write(ByteBuffer.allocate(version == 4 ? 16 : 12).array());
		out.write(0);
		out.write(1);
		field(rootTags);
	}

	// -- Tags --

	DmBytes group(final String name, final int tags) {
		entry(20, name);
		out.write(0);
		out.write(1);
		field(tags);
		return this;
	}

	DmBytes int32(final String name, final int v) {
		return data(name, new long[] { INT32 }, data(4).putInt(v));
	}

	DmBytes uint32(final String name, final long v) {
		return data(name, new long[] { UINT32 }, data(4).putInt((int) v));
	}

	DmBytes float32(final String name, final float v) {
		return data(name, new long[] { FLOAT32 }, data(4).putFloat(v));
	}

	DmBytes float64(final String name, final double v) {
		return data(name, new long[] { FLOAT64 }, data(8).putDouble(v));
	}

	/** DM text: an array of uint16 characters. */
	DmBytes text(final String name, final String s) {
		final ByteBuffer b = data(2 * s.length());
		for (final char c : s.toCharArray()) b.putChar(c);
		return array(name, UINT16, s.length(), b);
	}

	DmBytes array(final String name, final int elementType, final long count, final ByteBuffer payload) {
		return data(name, new long[] { 20, elementType, count }, payload);
	}

	/** A data tag with any info array and payload (for malformed tags too). */
	DmBytes data(final String name, final long[] info, final ByteBuffer payload) {
		entry(21, name);
		write("%%%%".getBytes(StandardCharsets.US_ASCII));
		field(info.length);
		for (final long i : info) field(i);
		write(java.util.Arrays.copyOf(payload.array(), payload.position()));
		return this;
	}

	/** A buffer in the file's data byte order. */
	ByteBuffer data(final int n) {
		return ByteBuffer.allocate(n).order(order);
	}

	/** The finished file: header patched, DM's trailing zeros appended. */
	byte[] bytes() {
		write(new byte[8]);
		final ByteBuffer b = ByteBuffer.wrap(out.toByteArray());
		b.putInt(version);
		if (version == 4) b.putLong(b.capacity() - 16);
		else b.putInt(b.capacity() - 12);
		b.putInt(order == ByteOrder.LITTLE_ENDIAN ? 1 : 0);
		return b.array();
	}

	// -- Helper methods --

	private void entry(final int kind, final String name) {
		out.write(kind);
		final byte[] n = name.getBytes(StandardCharsets.ISO_8859_1);
		write(ByteBuffer.allocate(2).putShort((short) n.length).array());
		write(n);
		if (version == 4) write(new byte[8]);
	}

	private void field(final long v) {
		write(version == 4 ? ByteBuffer.allocate(8).putLong(v).array() : ByteBuffer.allocate(4).putInt((int) v).array());
	}

	private void write(final byte[] b) {
		out.write(b, 0, b.length);
	}
}
