package org.tessera.reduce;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Axis lists for reductions: parsing {@code "E"} or {@code "y,x"} or {@code "0,-1"} against an
 * array's axes, and validating index lists. Errors are {@link IllegalArgumentException}s naming the
 * array and listing its axes.
 */
public final class Axes {

	private Axes() {}

	/**
	 * Parses comma-separated axis names or indices (negative from the end), e.g. {@code "y,x"}.
	 *
	 * @return ascending C-order indices
	 */
	public static int[] parse(final ChunkedArray a, final String spec) {
		final List<Axis> axes = a.axes();
		return normalize(a, Arrays.stream(spec.split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.mapToInt(s -> index(a, axes, s)).toArray(), Op.SUM);
	}

	private static int index(final ChunkedArray a, final List<Axis> axes, final String s) {
		for (int d = 0; d < axes.size(); d++) {
			if (axes.get(d).name().equals(s)) return d;
		}
		if (s.matches("-?\\d+")) return Integer.parseInt(s);
		throw bad(a, "no axis named '" + s + "'");
	}

	/** Validates, resolves negative indices and sorts; refuses an empty or repeated list. */
	static int[] normalize(final ChunkedArray a, final int[] axes, final Op op) {
		final int n = a.numDimensions();
		if (axes.length == 0) throw bad(a, "no axes to reduce over");
		final int[] out = new int[axes.length];
		for (int i = 0; i < axes.length; i++) {
			out[i] = axes[i] < 0 ? axes[i] + n : axes[i];
			if (out[i] < 0 || out[i] >= n) throw bad(a, "axis " + axes[i] + " is out of range");
		}
		Arrays.sort(out);
		for (int i = 1; i < out.length; i++) {
			if (out[i] == out[i - 1]) throw bad(a, "axis " + out[i] + " is repeated");
		}
		checkDefined(a, out, op);
		return out;
	}

	private static void checkDefined(final ChunkedArray a, final int[] axes, final Op op) {
		if (op != Op.MAX && op != Op.MIN) return;
		if (a.dtype().kind() == DType.Kind.COMPLEX) throw bad(a, op.key() + " is not defined for " + a.dtype());
		for (final int d : axes) {
			if (a.shape()[d] == 0) throw bad(a, op.key() + " over the empty axis " + d + " is not defined");
		}
	}

	/** Checks that a mask's shape equals the extents of the weighted axes. */
	static void checkMask(final ChunkedArray a, final int[] axes, final Mask mask) {
		final int[] want = Arrays.stream(axes).map(d -> (int) a.shape()[d]).toArray();
		if (mask == null || !Arrays.equals(want, mask.shape())) {
			throw bad(a, "the mask's shape " + (mask == null ? "(none)" : Arrays.toString(mask.shape()))
				+ " differs from the weighted axes' extents " + Arrays.toString(want));
		}
	}

	/** The axes' names joined with '_' (their indices where unnamed), for result names. */
	static String names(final ChunkedArray a, final int[] axes) {
		return Arrays.stream(axes).mapToObj(d -> {
			final String name = a.axes().size() > d ? a.axes().get(d).name() : "";
			return name.isEmpty() ? Integer.toString(d) : name;
		}).collect(Collectors.joining("_"));
	}

	private static IllegalArgumentException bad(final ChunkedArray a, final String why) {
		final String names = a.axes().stream().map(Axis::name).collect(Collectors.joining(", "));
		return new IllegalArgumentException(String.format(Locale.ROOT, "%s [%s]: %s (axes: %s)", a.location(),
			a.name(), why, names));
	}
}
