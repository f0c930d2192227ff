package org.tessera.io.hdf5;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * An opened HDF5 file: every dataset, named by its path without the leading slash. Numeric datasets
 * read as pixels; strings, references and structured records are listed as unreadable. Opening walks
 * the groups and reads dataset headers; a dataset's chunk index is read when the dataset is opened.
 * The EMD readers build on this class.
 */
public class Hdf5Container implements Container {

	private final Location location;
	private final Hdf5File file;
	private final Hdf5Tree tree;
	private final Map<String, ArrayInfo> infos = new LinkedHashMap<>();
	private final Map<String, Hdf5Dataset> opened = new ConcurrentHashMap<>();
	private final Map<String, Object> datasetAttributes = new LinkedHashMap<>();

	/** Opens the file and walks it (metadata only). */
	public Hdf5Container(final Location location) throws IOException {
		this.location = location;
		this.file = Hdf5File.open(location.path());
		try {
			this.tree = file.metadata("unreadable HDF5 hierarchy", Hdf5Tree::walk);
			file.metadata("unreadable dataset header", f -> {
				for (final Map.Entry<String, Dataset> e : tree.datasets.entrySet()) info(e.getKey(), e.getValue());
				return infos.size();
			});
		}
		catch (final IOException | RuntimeException e) {
			file.close();
			throw e;
		}
	}

	// -- Container methods --

	@Override
	public String format() {
		return Hdf5Format.NAME;
	}

	@Override
	public Location location() {
		return location;
	}

	@Override
	public List<ArrayInfo> arrays() {
		return List.copyOf(infos.values());
	}

	@Override
	public ChunkedArray array(final String name) throws IOException {
		return hdf5Array(name);
	}

	/** {@code attributes} (root group), {@code groups} (path to attributes), {@code datasets} (path to attributes). */
	@Override
	public Map<String, Object> metadata() {
		final Map<String, Object> m = tree.metadata();
		m.put("datasets", Collections.unmodifiableMap(datasetAttributes));
		return Collections.unmodifiableMap(m);
	}

	@Override
	public void close() throws IOException {
		file.close();
	}

	// -- Hdf5Container methods --

	/** Opens one dataset by path (with or without the leading slash). */
	public Hdf5Array hdf5Array(final String name) throws IOException {
		final String path = name.startsWith("/") ? name.substring(1) : name;
		final ArrayInfo info = infos.get(path);
		if (info == null) {
			throw new TesseraIOException.NotFound(location.toString(), "no HDF5 dataset '" + name + "' (datasets: " + infos.keySet() + ")");
		}
		final Hdf5Dataset d = dataset(path);
		return new Hdf5Array(d, path, location, info.axes());
	}

	/** Whether the file has a dataset at this path (no leading slash). */
	public boolean hasDataset(final String path) {
		return infos.containsKey(path);
	}

	/** Every dataset path, in file order. */
	public List<String> datasetPaths() {
		return new ArrayList<>(infos.keySet());
	}

	/** Every group path ({@code ""} for the root), in file order. */
	public List<String> groupPaths() {
		return new ArrayList<>(tree.groups.keySet());
	}

	/** A group's attributes, or an empty map when there is no such group. */
	public Map<String, Object> groupAttributes(final String path) {
		return tree.groups.getOrDefault(path, Map.of());
	}

	/** The whole content of a small dataset as jHDF decodes it (strings, string arrays), JSON-like. */
	public Object smallValue(final String path) throws IOException {
		final Dataset d = tree.datasets.get(path);
		if (d == null) throw new TesseraIOException.NotFound(location.toString(), "no HDF5 dataset '" + path + "'");
		return file.metadata("dataset " + path, f -> Hdf5Values.json(d.getData()));
	}

	// -- Helper methods --

	private Hdf5Dataset dataset(final String path) throws IOException {
		Hdf5Dataset d = opened.get(path);
		if (d == null) {
			d = file.metadata("dataset " + path, f -> Hdf5Dataset.of(file, tree.datasets.get(path)));
			opened.put(path, d);
		}
		return d;
	}

	private void info(final String path, final Dataset d) {
		final long[] shape = d.isScalar() ? new long[0] : d.getDimensionsAsLong();
		final Hdf5Type type = Hdf5Type.of(d.getDataType());
		final int[] chunks = d instanceof ChunkedDataset c && type.dtype().isNumeric()
			? java.util.Arrays.copyOf(c.getChunkDimensions(), shape.length)
			: type.dtype().isNumeric() && d.getDataLayout() == io.jhdf.object.message.DataLayout.CONTIGUOUS
				? ContiguousLayout.slabs(shape, type.dtype().size(), ContiguousLayout.TARGET_BYTES)
				: whole(shape);
		final List<Axis> axes = new ArrayList<>();
		for (int i = 0; i < shape.length; i++) axes.add(Axis.named("dim" + i));
		infos.put(path, new ArrayInfo(path, shape, type.dtype(), chunks, List.copyOf(axes)));
		datasetAttributes.put(path, Hdf5Values.attributes(d.getAttributes()));
	}

	private static int[] whole(final long[] shape) {
		final int[] c = new int[shape.length];
		for (int d = 0; d < shape.length; d++) c[d] = (int) Math.min(shape[d], Integer.MAX_VALUE);
		return c;
	}
}
