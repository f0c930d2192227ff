package org.tessera.io.n5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;

/**
 * The axes of an N5 dataset from the attributes common N5 tools write: {@code axes} (names),
 * {@code units}, {@code resolution} or {@code pixelResolution} (an array or
 * {@code {"dimensions": [...], "unit": "um"}}), and downsampling factors ({@code downsamplingFactors}
 * on a level, {@code scales} on an N5 multiscale group, or BigDataViewer's per-setup
 * {@code downsamplingFactors} list). All are N5 order and are looked up from the dataset up through
 * its parent groups; the result is C order.
 * <p>
 * NB: a resolution is taken as the finest level's; a level's scale is resolution times its
 * downsampling factor.
 * </p>
 */
final class N5Axes {

	private N5Axes() {}

	/**
	 * The C-order axes of a dataset.
	 *
	 * @param chain the attributes of the dataset, then of its parent groups up to the root
	 * @param level the pyramid level when the dataset is {@code sN} of a multiscale group, else -1
	 */
	static List<Axis> of(final List<Map<String, Object>> chain, final int ndim, final int level) {
		final List<String> names = strings(find(chain, "axes"), ndim);
		final List<String> units = units(chain, ndim);
		final double[] resolution = resolution(chain, ndim);
		final double[] factors = factors(chain, ndim, level);
		final List<Axis> n5Axes = new ArrayList<>();
		for (int d = 0; d < ndim; d++) {
			final String name = names == null ? defaultName(ndim, ndim - 1 - d) : names.get(d);
			final String unit = units == null ? "" : units.get(d);
			n5Axes.add(new Axis(name, type(name), unit, resolution[d] * factors[d], 0));
		}
		return N5Order.reverse(n5Axes);
	}

	// -- Helper methods --

	private static Object find(final List<Map<String, Object>> chain, final String key) {
		for (final Map<String, Object> attrs : chain) {
			if (attrs.get(key) != null) return attrs.get(key);
		}
		return null;
	}

	private static List<String> strings(final Object value, final int ndim) {
		if (!(value instanceof List<?> list) || list.size() != ndim) return null;
		return list.stream().map(v -> v == null ? "" : v.toString()).toList();
	}

	private static List<String> units(final List<Map<String, Object>> chain, final int ndim) {
		final List<String> units = strings(find(chain, "units"), ndim);
		if (units != null) return units;
		final Map<String, Object> pixel = N5Json.object(find(chain, "pixelResolution"));
		if (pixel == null || pixel.get("unit") == null) return null;
		return java.util.Collections.nCopies(ndim, pixel.get("unit").toString());
	}

	private static double[] resolution(final List<Map<String, Object>> chain, final int ndim) {
		for (final Map<String, Object> attrs : chain) {
			for (final String key : List.of("resolution", "pixelResolution")) {
				final Map<String, Object> object = N5Json.object(attrs.get(key));
				final double[] r = N5Json.doubles(object == null ? attrs.get(key) : object.get("dimensions"));
				if (r != null && r.length == ndim) return r;
			}
		}
		return ones(ndim);
	}

	private static double[] factors(final List<Map<String, Object>> chain, final int ndim, final int level) {
		final double[] own = N5Json.doubles(chain.get(0).get("downsamplingFactors"));
		if (own != null && own.length == ndim) return own;
		if (level < 0) return ones(ndim);
		for (final Map<String, Object> attrs : chain.subList(1, chain.size())) {
			for (final String key : List.of("scales", "downsamplingFactors")) {
				if (attrs.get(key) instanceof List<?> levels && level < levels.size()) {
					final double[] f = N5Json.doubles(levels.get(level));
					if (f != null && f.length == ndim) return f;
				}
			}
		}
		return ones(ndim);
	}

	private static double[] ones(final int ndim) {
		final double[] out = new double[ndim];
		java.util.Arrays.fill(out, 1);
		return out;
	}

	/** C-order default names: {@code x}, {@code y, x}, {@code z, y, x}, else {@code dim0...}. */
	private static String defaultName(final int ndim, final int cIndex) {
		if (ndim > 3) return "dim" + cIndex;
		return List.of("z", "y", "x").get(3 - ndim + cIndex);
	}

	private static String type(final String name) {
		return switch (name) {
			case "x", "y", "z" -> "space";
			case "t" -> "time";
			case "c" -> "channel";
			default -> "";
		};
	}
}
