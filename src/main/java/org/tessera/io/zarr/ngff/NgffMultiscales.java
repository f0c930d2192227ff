package org.tessera.io.zarr.ngff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.Multiscale;

/**
 * OME-NGFF (0.1–0.5) {@code multiscales} of one group: the pyramid levels and, per level array,
 * calibrated axes from the NGFF axes and the dataset's and multiscale's coordinate
 * transformations ({@code physical = msScale * (dsScale * i + dsTranslation) + msTranslation}).
 */
public final class NgffMultiscales {

	private final List<Multiscale> multiscales = new ArrayList<>();
	private final Map<String, List<Axis>> axes = new LinkedHashMap<>();

	/** Pyramids found so far. */
	public List<Multiscale> multiscales() {
		return multiscales;
	}

	/** Calibrated axes of each level array, by array name. */
	public Map<String, List<Axis>> axes() {
		return axes;
	}

	/** Reads the {@code multiscales} list of the group at {@code group} ({@code ""} for the root). */
	public void add(final String group, final List<?> list) {
		for (final Object o : list) {
			if (!(o instanceof Map<?, ?> ms)) continue;
			final List<Axis> base = baseAxes(ms.get("axes"));
			final double[][] outer = transforms(ms.get("coordinateTransformations"), base.size());
			final List<String> levels = new ArrayList<>();
			for (final Object d : ms.get("datasets") instanceof List<?> l ? l : List.of()) {
				if (!(d instanceof Map<?, ?> ds) || ds.get("path") == null) continue;
				final String name = join(group, ds.get("path").toString());
				levels.add(name);
				final double[][] inner = transforms(ds.get("coordinateTransformations"), base.size());
				axes.put(name, calibrated(base, inner, outer));
			}
			final String name = ms.get("name") == null ? (group.isEmpty() ? "/" : group) : ms.get("name").toString();
			multiscales.add(new Multiscale(group.isEmpty() ? "/" : group, name, List.copyOf(levels)));
		}
	}

	// -- Helper methods --

	private static List<Axis> baseAxes(final Object spec) {
		final List<Axis> out = new ArrayList<>();
		for (final Object a : spec instanceof List<?> l ? l : List.of()) {
			if (a instanceof Map<?, ?> m) out.add(new Axis(str(m.get("name")), str(m.get("type")), str(m.get("unit")), 1, 0));
			else out.add(Axis.named(str(a)));
		}
		return out;
	}

	/** The {scale, translation} of a transformation list (identity when absent). */
	private static double[][] transforms(final Object spec, final int n) {
		final double[][] st = { filledArray(n, 1), filledArray(n, 0) };
		for (final Object t : spec instanceof List<?> l ? l : List.of()) {
			if (!(t instanceof Map<?, ?> m)) continue;
			if ("scale".equals(m.get("type"))) multiplyInto(st, numbers(m.get("scale"), n, 1));
			else if ("translation".equals(m.get("type"))) addInto(st[1], numbers(m.get("translation"), n, 0));
		}
		return st;
	}

	private static void multiplyInto(final double[][] st, final double[] s) {
		for (int d = 0; d < s.length; d++) {
			st[0][d] *= s[d];
			st[1][d] *= s[d];
		}
	}

	private static void addInto(final double[] a, final double[] b) {
		for (int d = 0; d < a.length; d++) a[d] += b[d];
	}

	private static List<Axis> calibrated(final List<Axis> base, final double[][] inner, final double[][] outer) {
		final List<Axis> out = new ArrayList<>();
		for (int d = 0; d < base.size(); d++) {
			out.add(base.get(d).withCalibration(outer[0][d] * inner[0][d], outer[0][d] * inner[1][d] + outer[1][d]));
		}
		return List.copyOf(out);
	}

	private static double[] numbers(final Object v, final int n, final double dflt) {
		final double[] out = filledArray(n, dflt);
		if (v instanceof List<?> l) {
			for (int d = 0; d < Math.min(n, l.size()); d++) if (l.get(d) instanceof Number x) out[d] = x.doubleValue();
		}
		return out;
	}

	private static double[] filledArray(final int n, final double v) {
		final double[] a = new double[n];
		java.util.Arrays.fill(a, v);
		return a;
	}

	private static String str(final Object o) {
		return o == null ? "" : o.toString();
	}

	static String join(final String group, final String path) {
		final String p = path.startsWith("/") ? path.substring(1) : path;
		return group.isEmpty() ? p : group + "/" + p;
	}
}
