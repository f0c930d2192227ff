package org.tessera.meta.extract;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.Trees;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One signal of a HyperSpy file ({@code .hspy} in HDF5, {@code .zspy} in Zarr v2), rebuilt from the
 * container's group attributes ({@code groups}: path → attributes): the signal lives in the group
 * {@code Experiments/<title>} with its data array {@code data}, its metadata tree as nested groups
 * under {@code metadata} (lists as {@code _list_<key>} arrays) and one group {@code axis-<i>} per array
 * dimension (C order). HyperSpy writes {@code "_None_"} for None: that is no value.
 *
 * @param metadata the signal's metadata tree ({@code General.title}, {@code Acquisition_instrument.TEM...})
 * @param axes the calibrated axes, C order (empty when the file has not one group per dimension)
 */
record HyperSpyTree(Map<String, Object> metadata, List<Axis> axes) {

	/** The values of the root attribute {@code file_format} HyperSpy writes (hspy, zspy). */
	static final Set<String> FILE_FORMATS = Set.of("HyperSpy", "ZSpy");

	private static final String EXPERIMENTS = "Experiments/", DATA = "/data";

	/** The signal the array is the data of (for a container record: the first signal); empty when there is none. */
	static Optional<HyperSpyTree> of(final Container c, final ChunkedArray a) throws IOException {
		if (!FILE_FORMATS.contains(Trees.text(c.metadata(), "attributes.file_format").orElse(""))) return Optional.empty();
		final String data = a != null ? strip(a.name()) : c.arrays().stream().map(i -> strip(i.name())).filter(HyperSpyTree::isSignal)
			.findFirst().orElse("");
		if (!isSignal(data)) return Optional.empty();
		final String signal = data.substring(0, data.length() - DATA.length());
		final Map<String, Object> groups = Trees.map(c.metadata(), "groups");
		return Optional.of(new HyperSpyTree(tree(c, groups, signal + "/metadata/"), axes(groups, signal, a)));
	}

	// -- Helper methods --

	private static boolean isSignal(final String name) {
		return name.startsWith(EXPERIMENTS) && name.endsWith(DATA) && name.indexOf('/', EXPERIMENTS.length()) == name.length() - DATA.length();
	}

	private static String strip(final String name) {
		return name.startsWith("/") ? name.substring(1) : name;
	}

	/** The nested tree of every group below {@code prefix}, plus its {@code _list_} arrays. */
	private static Map<String, Object> tree(final Container c, final Map<String, Object> groups, final String prefix) throws IOException {
		final Map<String, Object> root = new LinkedHashMap<>();
		for (final Map.Entry<String, Object> g : groups.entrySet()) {
			if (!strip(g.getKey()).startsWith(prefix) || !(g.getValue() instanceof Map<?, ?> attrs)) continue;
			final Map<String, Object> node = node(root, strip(g.getKey()).substring(prefix.length()));
			attrs.forEach((k, v) -> { if (!"_None_".equals(v)) node.put(k.toString(), v); });
		}
		for (final ArrayInfo i : c.arrays()) {
			final String name = strip(i.name()), leaf = name.substring(name.lastIndexOf('/') + 1);
			if (!name.startsWith(prefix) || !leaf.startsWith("_list_")) continue;
			final Map<String, Object> node = node(root, name.substring(prefix.length(), Math.max(prefix.length(), name.lastIndexOf('/'))));
			node.put(leaf.substring("_list_".length()), HyperSpyLists.read(c, name));
		}
		return root;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(final Map<String, Object> root, final String path) {
		Map<String, Object> n = root;
		for (final String k : path.split("/")) {
			if (!k.isEmpty()) n = (Map<String, Object>) n.compute(k, (x, v) -> v instanceof Map ? v : new LinkedHashMap<String, Object>());
		}
		return n;
	}

	/** {@code axis-0 ..} as axes: name, units, scale, offset (a non-uniform axis has no scale: uncalibrated). */
	private static List<Axis> axes(final Map<String, Object> groups, final String signal, final ChunkedArray a) {
		final List<Axis> out = new ArrayList<>();
		for (int i = 0; groups.get(signal + "/axis-" + i) instanceof Map<?, ?> g; i++) {
			final String name = Trees.text(g, "name").filter(n -> !n.equals("_None_")).orElse("dim_" + i);
			final Optional<Double> scale = Trees.number(g, "scale");
			out.add(scale.isEmpty() ? Axis.named(name) : new Axis(name, "", Trees.text(g, "units").filter(u -> !u.equals("_None_"))
				.orElse(""), scale.get(), Trees.number(g, "offset").orElse(0.0)));
		}
		return a != null && out.size() == a.shape().length ? out : List.of();
	}
}
