package org.tessera.io.hdf5.emd;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.hdf5.Hdf5Array;
import org.tessera.io.hdf5.Hdf5ArrayView;
import org.tessera.io.hdf5.Hdf5Container;
import org.tessera.io.hdf5.Hdf5View;

/**
 * An opened Berkeley EMD file: one array {@code <group>/data} per data group (a group with
 * {@code emd_group_type = 1}), its axes from the dimension vectors {@code dim1 ... dimN} (one per
 * stored axis, slowest first): name and unit from their attributes (hyperspy's {@code "[nm]"} brackets removed), scale
 * the step between the first two values, offset the first value. String dimension vectors give
 * names only; their labels are kept in the array's attributes as {@code dimN_labels}.
 */
final class EmdBerkeleyContainer extends Hdf5View {

	private final Map<String, List<Axis>> axes = new LinkedHashMap<>();
	private final Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();

	EmdBerkeleyContainer(final Hdf5Container hdf) throws IOException {
		super(hdf);
		for (final String group : hdf.groupPaths()) {
			final String data = group.isEmpty() ? "data" : group + "/data";
			if (!isDataGroup(hdf.groupAttributes(group).get("emd_group_type")) || !hdf.hasDataset(data)) continue;
			final ArrayInfo info = hdf.arrays().stream().filter(a -> a.name().equals(data)).findFirst().orElseThrow();
			final Map<String, Object> attrs = new LinkedHashMap<>(hdf.groupAttributes(group));
			final int[] keep = order(info.shape().length);
			final List<Axis> stored = dims(group, info.shape().length, attrs);
			final List<Axis> a = new ArrayList<>();
			final long[] shape = new long[keep.length];
			final int[] chunks = new int[keep.length];
			for (int k = 0; k < keep.length; k++) {
				a.add(stored.get(keep[k]));
				shape[k] = info.shape()[keep[k]];
				chunks[k] = info.chunks()[keep[k]];
			}
			axes.put(data, a);
			attributes.put(data, attrs);
			add(new ArrayInfo(data, shape, info.dtype(), chunks, a));
		}
	}

	/** Whether an {@code emd_group_type} attribute marks a data group (1, as a number or a string). */
	static boolean isDataGroup(final Object type) {
		return type != null && "1".equals(String.valueOf(type).trim().replaceAll("\\.0$", ""));
	}

	// -- Container methods --

	@Override
	public String format() {
		return EmdBerkeleyFormat.NAME;
	}

	/** The generic HDF5 metadata plus {@code emd_version} ({@code "major.minor"}). */
	@Override
	public Map<String, Object> metadata() {
		final Map<String, Object> m = new LinkedHashMap<>(hdf.metadata());
		final Map<String, Object> root = hdf.groupAttributes("");
		m.put("emd_version", root.get("version_major") + "." + root.getOrDefault("version_minor", 0));
		return Collections.unmodifiableMap(m);
	}

	@Override
	protected ChunkedArray open(final String name) throws IOException {
		final Hdf5Array a = hdf.hdf5Array(name);
		final Map<String, Object> attrs = new LinkedHashMap<>(attributes.get(name));
		attrs.putAll(a.attributes());
		return new Hdf5ArrayView(a, name, order(a.shape().length), axes.get(name), attrs);
	}

	// -- Helper methods --

	/**
	 * The stored axes in the order shown. NB: hyperspy writes v0.2 files with the data reversed
	 * ({@code data.T}) and reverses it on reading, so v0.2 arrays are shown reversed (with
	 * {@code dimN ... dim1}), as hyperspy shows them; EMD 1.0 (py4DSTEM) data is shown as stored.
	 */
	private int[] order(final int rank) {
		final boolean reversed = "0".equals(String.valueOf(hdf.groupAttributes("").get("version_major")).trim());
		final int[] k = Hdf5ArrayView.identity(rank);
		if (reversed) for (int d = 0; d < rank; d++) k[d] = rank - 1 - d;
		return k;
	}

	private List<Axis> dims(final String group, final int rank, final Map<String, Object> attrs) throws IOException {
		final List<Axis> out = new ArrayList<>();
		for (int d = 1; d <= rank; d++) {
			final String path = (group.isEmpty() ? "" : group + "/") + "dim" + d;
			if (!hdf.hasDataset(path)) {
				out.add(Axis.named(""));
				continue;
			}
			final Map<String, Object> da = hdf.hdf5Array(path).attributes();
			final String name = text(da.get("name"));
			final String unit = text(da.get("units")).replaceAll("^\\[(.*)]$", "$1");
			final Object values = hdf.smallValue(path);
			final List<?> v = values instanceof List<?> l ? l : List.of(values);
			if (!v.isEmpty() && v.get(0) instanceof Number first) {
				final double step = v.size() > 1 && v.get(1) instanceof Number second ? second.doubleValue() - first.doubleValue() : 1;
				out.add(new Axis(name, "", unit, step, first.doubleValue()));
			}
			else {
				attrs.put("dim" + d + "_labels", v);
				out.add(new Axis(name, "", unit, 1, 0));
			}
		}
		return out;
	}

	private static String text(final Object v) {
		if (v instanceof List<?> l && l.size() == 1) return text(l.get(0));
		return v == null ? "" : v.toString();
	}
}
