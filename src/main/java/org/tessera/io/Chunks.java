package org.tessera.io;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Static helpers for decoded chunk data: primitive arrays in C order of a numeric {@link DType}.
 * Every format reader converts bytes to elements, crops edge chunks and permutes axes here, so the
 * conversions exist once.
 */
public final class Chunks {

	private Chunks() {}

	/**
	 * Decodes {@code count} elements from {@code bytes} starting at {@code offset}.
	 *
	 * @return a primitive array of the type's storage with {@code count * components} primitives
	 */
	public static Object decode(final DType type, final byte[] bytes, final int offset, final int count,
		final ByteOrder order)
	{
		return decode(type, ByteBuffer.wrap(bytes, offset, count * type.size()).slice().order(order), count);
	}

	/**
	 * Decodes {@code count} elements from {@code b} at its position, in b's byte order (a direct
	 * buffer filled by a positional read: one copy into the result).
	 */
	public static Object decode(final DType type, final ByteBuffer b, final int count) {
		return decodeInto(type, b, type.allocate(count));
	}

	/**
	 * Decodes elements from {@code b} at its position into {@code out} (a primitive array of the
	 * type's storage), filling it, and returns it.
	 */
	public static Object decodeInto(final DType type, final ByteBuffer b, final Object out) {
		switch (type.storage()) {
			case BYTE -> b.get((byte[]) out);
			case SHORT -> b.asShortBuffer().get((short[]) out);
			case INT -> b.asIntBuffer().get((int[]) out);
			case LONG -> b.asLongBuffer().get((long[]) out);
			case FLOAT -> b.asFloatBuffer().get((float[]) out);
			case DOUBLE -> b.asDoubleBuffer().get((double[]) out);
			case NONE -> throw new IllegalStateException("data type " + type + " has no pixel storage");
		}
		return out;
	}

	/**
	 * {@code spare} when it is a primitive array of the type's storage holding exactly {@code count}
	 * elements (a former chunk's data the caller gives up), else a new array.
	 */
	public static Object reusable(final DType type, final Object spare, final int count) {
		final boolean fits = spare != null && spare.getClass() == type.allocate(0).getClass()
			&& java.lang.reflect.Array.getLength(spare) == count * type.components();
		return fits ? spare : type.allocate(count);
	}

	/** Encodes elements to bytes in the given order (the inverse of {@link #decode}). */
	public static byte[] encode(final DType type, final Object data, final ByteOrder order) {
		final int n = Array.getLength(data);
		final ByteBuffer b = ByteBuffer.allocate(n * type.primitiveSize()).order(order);
		encodeInto(type, data, b);
		return b.array();
	}

	/** Writes all primitives of {@code data} into {@code b} at its position, in b's byte order. */
	public static void encodeInto(final DType type, final Object data, final ByteBuffer b) {
		encodeInto(type, data, 0, Array.getLength(data), b);
	}

	/** Writes primitives {@code [from, from + len)} of {@code data} into {@code b} at its position. */
	public static void encodeInto(final DType type, final Object data, final int from, final int len,
		final ByteBuffer b)
	{
		final int p = b.position();
		switch (type.storage()) {
			case BYTE -> b.put((byte[]) data, from, len);
			case SHORT -> b.asShortBuffer().put((short[]) data, from, len);
			case INT -> b.asIntBuffer().put((int[]) data, from, len);
			case LONG -> b.asLongBuffer().put((long[]) data, from, len);
			case FLOAT -> b.asFloatBuffer().put((float[]) data, from, len);
			case DOUBLE -> b.asDoubleBuffer().put((double[]) data, from, len);
			case NONE -> throw new IllegalStateException("data type " + type + " has no pixel storage");
		}
		b.position(p + len * type.primitiveSize());
	}

	/**
	 * An array of {@code count} elements, each equal to {@code one}.
	 *
	 * @param one a primitive array holding one element ({@code components} primitives)
	 */
	public static Object filled(final DType type, final int count, final Object one) {
		final Object out = type.allocate(count);
		final int c = type.components();
		if (isZero(one)) return out;
		for (int i = 0; i < count; i++) System.arraycopy(one, 0, out, i * c, c);
		return out;
	}

	private static boolean isZero(final Object one) {
		final int n = Array.getLength(one);
		for (int i = 0; i < n; i++) {
			final Object v = Array.get(one, i);
			if (v instanceof Float f) { if (Float.floatToRawIntBits(f) != 0) return false; }
			else if (v instanceof Double d) { if (Double.doubleToRawLongBits(d) != 0) return false; }
			else if (((Number) v).longValue() != 0) return false;
		}
		return true;
	}

	/**
	 * Copies the C-order box {@code [0, clipped)} out of a C-order array of shape {@code full}.
	 * Returns {@code data} itself when nothing is clipped.
	 */
	public static Object crop(final DType type, final Object data, final int[] full, final int[] clipped) {
		if (java.util.Arrays.equals(full, clipped)) return data;
		final int n = full.length;
		final int c = type.components();
		final int count = product(clipped);
		final Object out = type.allocate(count);
		if (count == 0) return out;
		final int row = clipped[n - 1] * c;
		final int[] pos = new int[n];
		final int rows = count / clipped[n - 1];
		for (int r = 0; r < rows; r++) {
			int src = 0;
			for (int d = 0; d < n - 1; d++) src = src * full[d] + pos[d];
			src = src * full[n - 1] * c;
			System.arraycopy(data, src, out, r * row, row);
			for (int d = n - 2; d >= 0; d--) {
				if (++pos[d] < clipped[d]) break;
				pos[d] = 0;
			}
		}
		return out;
	}

	/**
	 * Permutes axes: {@code data} has C-order shape {@code shape}; the result has shape
	 * {@code shape[perm[0]], shape[perm[1]], ...}, with {@code out[i_0, i_1, ...] = data[j]} where
	 * {@code j[perm[k]] = i_k} (numpy's {@code transpose(perm)}).
	 */
	public static Object transpose(final DType type, final Object data, final int[] shape, final int[] perm) {
		final int n = shape.length;
		boolean identity = true;
		for (int d = 0; d < n; d++) identity &= perm[d] == d;
		if (identity) return data;
		final int c = type.components();
		final int count = product(shape);
		final Object out = type.allocate(count);
		final int[] srcStride = new int[n];
		int s = 1;
		for (int d = n - 1; d >= 0; d--) {
			srcStride[d] = s;
			s *= shape[d];
		}
		final int[] outShape = new int[n];
		final int[] stride = new int[n];
		for (int k = 0; k < n; k++) {
			outShape[k] = shape[perm[k]];
			stride[k] = srcStride[perm[k]];
		}
		final int[] pos = new int[n];
		int src = 0;
		for (int i = 0; i < count; i++) {
			System.arraycopy(data, src * c, out, i * c, c);
			for (int d = n - 1; d >= 0; d--) {
				src += stride[d];
				if (++pos[d] < outShape[d]) break;
				src -= stride[d] * outShape[d];
				pos[d] = 0;
			}
		}
		return out;
	}

	/** Converts an F-order (Fortran) array of C-order shape {@code shape} to C order. */
	public static Object fortranToC(final DType type, final Object data, final int[] shape) {
		final int n = shape.length;
		final int[] fShape = new int[n];
		final int[] perm = new int[n];
		for (int d = 0; d < n; d++) {
			fShape[d] = shape[n - 1 - d];
			perm[d] = n - 1 - d;
		}
		return transpose(type, data, fShape, perm);
	}

	/** The product of the entries, as an int; throws if it overflows. */
	public static int product(final int[] shape) {
		int n = 1;
		for (final int s : shape) n = Math.multiplyExact(n, s);
		return n;
	}

	/** The clipped shape of the chunk at {@code position} in an array of {@code shape}. */
	public static int[] clippedShape(final long[] shape, final int[] chunk, final long[] position) {
		final int[] out = new int[shape.length];
		for (int d = 0; d < shape.length; d++) {
			out[d] = (int) Math.min(chunk[d], shape[d] - position[d] * chunk[d]);
		}
		return out;
	}
}
