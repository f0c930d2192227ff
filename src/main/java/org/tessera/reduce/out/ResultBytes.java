package org.tessera.reduce.out;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Result values ({@code long[]} or {@code double[]}) as little-endian bytes. */
final class ResultBytes {

	private ResultBytes() {}

	static byte[] littleEndian(final Object data) {
		if (data instanceof long[] l) {
			final ByteBuffer b = ByteBuffer.allocate(l.length * 8).order(ByteOrder.LITTLE_ENDIAN);
			b.asLongBuffer().put(l);
			return b.array();
		}
		final double[] d = (double[]) data;
		final ByteBuffer b = ByteBuffer.allocate(d.length * 8).order(ByteOrder.LITTLE_ENDIAN);
		b.asDoubleBuffer().put(d);
		return b.array();
	}
}
