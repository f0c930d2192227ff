package org.tessera.io.zarr.v2;

import java.nio.ByteBuffer;

import org.tessera.io.DType;

/** Static helpers to get and put single elements of a numeric type in a byte buffer, as long or double. */
final class Elements {

	private Elements() {}

	static long getLong(final ByteBuffer b, final int i, final DType t) {
		if (t.kind() == DType.Kind.FLOAT) return (long) getDouble(b, i, t);
		final int at = i * t.size();
		final boolean unsigned = t.kind() != DType.Kind.INT;
		return switch (t.size()) {
			case 1 -> unsigned ? b.get(at) & 0xffL : b.get(at);
			case 2 -> unsigned ? b.getShort(at) & 0xffffL : b.getShort(at);
			case 4 -> unsigned ? b.getInt(at) & 0xffffffffL : b.getInt(at);
			default -> b.getLong(at);
		};
	}

	static void putLong(final ByteBuffer b, final int i, final DType t, final long v) {
		if (t.kind() == DType.Kind.FLOAT) {
			putDouble(b, i, t, v);
			return;
		}
		final int at = i * t.size();
		switch (t.size()) {
			case 1 -> b.put(at, (byte) v);
			case 2 -> b.putShort(at, (short) v);
			case 4 -> b.putInt(at, (int) v);
			default -> b.putLong(at, v);
		}
	}

	static double getDouble(final ByteBuffer b, final int i, final DType t) {
		if (t.kind() != DType.Kind.FLOAT) return getLong(b, i, t);
		final int at = i * t.size();
		return switch (t.size()) {
			case 2 -> Float.float16ToFloat(b.getShort(at));
			case 4 -> b.getFloat(at);
			default -> b.getDouble(at);
		};
	}

	static void putDouble(final ByteBuffer b, final int i, final DType t, final double v) {
		if (t.kind() != DType.Kind.FLOAT) {
			putLong(b, i, t, (long) v);
			return;
		}
		final int at = i * t.size();
		switch (t.size()) {
			case 2 -> b.putShort(at, Float.floatToFloat16((float) v));
			case 4 -> b.putFloat(at, (float) v);
			default -> b.putDouble(at, v);
		}
	}
}
