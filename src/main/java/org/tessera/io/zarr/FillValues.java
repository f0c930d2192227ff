package org.tessera.io.zarr;

import java.math.BigInteger;
import java.util.List;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;

/**
 * Static helpers that turn a Zarr {@code fill_value} (v2 or v3 spelling) into one element of a
 * numeric {@link DType}: a primitive array holding {@code components} primitives.
 * <p>
 * Accepted: numbers, {@code null} (zero), booleans, {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"}, v3 hex strings of the raw bits ({@code "0x7fc00000"}), and {@code [re, im]}
 * lists for complex types.
 * </p>
 */
public final class FillValues {

	private FillValues() {}

	/** One element equal to the fill value; zero for non-numeric types (never read). */
	public static Object parse(final Object json, final DType type, final String file) throws TesseraIOException {
		if (!type.isNumeric()) return new byte[0];
		final Object one = type.allocate(1);
		if (json == null) return one;
		if (type.kind() == DType.Kind.COMPLEX && json instanceof List<?> pair && pair.size() == 2) {
			set(one, 0, pair.get(0), type, file);
			set(one, 1, pair.get(1), type, file);
			return one;
		}
		set(one, 0, json, type, file);
		return one;
	}

	private static void set(final Object one, final int i, final Object v, final DType type, final String file)
		throws TesseraIOException
	{
		if (v instanceof String s && s.startsWith("0x")) {
			setBits(one, i, new BigInteger(s.substring(2), 16).longValue(), type);
			return;
		}
		final double d = doubleOf(v, type, file);
		final long l = v instanceof Number n && !(v instanceof Double || v instanceof Float) ? n.longValue() : (long) d;
		switch (one) {
			case byte[] a -> a[i] = (byte) l;
			case short[] a -> a[i] = type == DType.FLOAT16 ? Float.floatToFloat16((float) d) : (short) l;
			case int[] a -> a[i] = (int) l;
			case long[] a -> a[i] = l;
			case float[] a -> a[i] = (float) d;
			case double[] a -> a[i] = d;
			default -> throw new IllegalStateException("not a primitive array: " + one);
		}
	}

	private static void setBits(final Object one, final int i, final long bits, final DType type) {
		switch (one) {
			case byte[] a -> a[i] = (byte) bits;
			case short[] a -> a[i] = (short) bits;
			case int[] a -> a[i] = (int) bits;
			case long[] a -> a[i] = bits;
			case float[] a -> a[i] = Float.intBitsToFloat((int) bits);
			case double[] a -> a[i] = Double.longBitsToDouble(bits);
			default -> throw new IllegalStateException("not a primitive array for " + type);
		}
	}

	private static double doubleOf(final Object v, final DType type, final String file) throws TesseraIOException {
		if (v instanceof Boolean b) return b ? 1 : 0;
		if (v instanceof Number n) return n.doubleValue();
		if (v instanceof String s) {
			switch (s) {
				case "NaN": return Double.NaN;
				case "Infinity": return Double.POSITIVE_INFINITY;
				case "-Infinity": return Double.NEGATIVE_INFINITY;
				default: break;
			}
		}
		throw new TesseraIOException.Malformed(file, "fill_value " + v + " is not valid for data type " + type);
	}
}
