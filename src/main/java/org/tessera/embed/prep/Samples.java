package org.tessera.embed.prep;

import org.tessera.io.DType;

/**
 * Reads the elements of a decoded chunk as doubles, whatever their storage: unsigned types as
 * unsigned, {@code float16} from its bits, complex values by their magnitude.
 */
@FunctionalInterface
interface Samples {

	/** Element {@code i} (not primitive {@code i}). */
	double at(int i);

	/** An accessor for {@code data} holding elements of type {@code t}. */
	static Samples of(final DType t, final Object data) {
		if (t.kind() == DType.Kind.COMPLEX) return complex(data);
		final boolean u = t.kind() == DType.Kind.UINT;
		return switch (data) {
			case byte[] b -> u ? i -> b[i] & 0xff : i -> b[i];
			case short[] s -> t == DType.FLOAT16 ? i -> DType.halfToFloat(s[i]) : u ? i -> s[i] & 0xffff : i -> s[i];
			case int[] n -> u ? i -> n[i] & 0xffffffffL : i -> n[i];
			case long[] l -> u ? i -> unsigned(l[i]) : i -> l[i];
			case float[] f -> i -> f[i];
			case double[] d -> i -> d[i];
			default -> throw new IllegalArgumentException("no pixel samples in chunk data of " + data.getClass());
		};
	}

	private static Samples complex(final Object data) {
		return switch (data) {
			case float[] f -> i -> Math.hypot(f[2 * i], f[2 * i + 1]);
			case double[] d -> i -> Math.hypot(d[2 * i], d[2 * i + 1]);
			default -> throw new IllegalArgumentException("no complex samples in chunk data of " + data.getClass());
		};
	}

	private static double unsigned(final long v) {
		return v < 0 ? (v >>> 1) * 2.0 + (v & 1) : v;
	}
}
