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

import org.tessera.io.AbstractContainer;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * An opened HDF5 file: every dataset, named by its path without the leading slash. Numeric datasets
 * read as pixels; strings, references and structured records are listed as unreadable. Opening walks
 * the groups and reads dataset headers; a dataset's chunk index is read when the dataset is opened.
 * The EMD readers build on this class.
 */
public class Hdf5Container extends AbstractContainer<ArrayInfo> {

	private final Hdf5File file;
	private final Hdf5Tree tree;
	private final Map<String, Hdf5Dataset> opened = new ConcurrentHashMap<>();
	private final Map<String, Object> datasetAttributes = new LinkedHashMap<>();

	/** Opens the file and walks it (metadata only). */
	public Hdf5Container(final Location location) throws IOException {
		super(Hdf5Format.NAME, location, "HDF5 dataset", "datasets");
		this.file = Hdf5File.open(location.path());
		try {
			this.tree = file.metadata("unreadable HDF5 hierarchy", Hdf5Tree::walk);
			file.metadata("unreadable dataset header", f -> {
				for (final Map.Entry<String, Dataset> e : tree.datasets.entrySet()) add(e.getKey(), e.getValue());
				return entries().size();
			});
		}
		catch (final IOException | RuntimeException e) {
			file.close();
			throw e;
		}
	}

	// -- Container methods --

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
		return open(key(name), entry(name));
	}

	/** Whether the file has a dataset at this path (no leading slash). */
	public boolean hasDataset(final String path) {
		return entries().containsKey(path);
	}

	/** Every dataset path, in file order. */
	public List<String> datasetPaths() {
		return new ArrayList<>(entries().keySet());
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
		if (d == null) throw new TesseraIOException.NotFound(location().toString(), "no HDF5 dataset '" + path + "'");
		return file.metadata("dataset " + path, f -> Hdf5Values.json(d.getData()));
	}

	// -- AbstractContainer methods --

	@Override
	protected ArrayInfo info(final String name, final ArrayInfo entry) {
		return entry;
	}

	@Override
	protected Hdf5Array open(final String path, final ArrayInfo info) throws IOException {
		return new Hdf5Array(dataset(path), path, location(), info.axes());
	}

	/** NB: datasets are listed without the leading slash; a request may carry one. */
	@Override
	protected String key(final String name) {
		return name.startsWith("/") ? name.substring(1) : name;
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

	private void add(final String path, final Dataset d) {
		final long[] shape = d.isScalar() ? new long[0] : d.getDimensionsAsLong();
		final Hdf5Type type = Hdf5Type.of(d.getDataType());
		final int[] chunks = d instanceof ChunkedDataset c && type.dtype().isNumeric()
			? java.util.Arrays.copyOf(c.getChunkDimensions(), shape.length)
			: type.dtype().isNumeric() && d.getDataLayout() == io.jhdf.object.message.DataLayout.CONTIGUOUS
				? ContiguousLayout.slabs(shape, type.dtype().size(), ContiguousLayout.TARGET_BYTES)
				: whole(shape);
		final List<Axis> axes = new ArrayList<>();
		for (int i = 0; i < shape.length; i++) axes.add(Axis.named("dim" + i));
		put(path, new ArrayInfo(path, shape, type.dtype(), chunks, List.copyOf(axes)));
		datasetAttributes.put(path, Hdf5Values.attributes(d.getAttributes()));
	}

	private static int[] whole(final long[] shape) {
		final int[] c = new int[shape.length];
		for (int d = 0; d < shape.length; d++) c[d] = (int) Math.min(shape[d], Integer.MAX_VALUE);
		return c;
	}
}
