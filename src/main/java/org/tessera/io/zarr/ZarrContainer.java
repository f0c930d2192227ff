package org.tessera.io.zarr;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.AbstractContainer;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.FileStore;
import org.tessera.io.Location;
import org.tessera.io.Multiscale;
import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.ngff.NgffMetadata;
import org.tessera.io.zarr.v2.ZarrV2Metadata;
import org.tessera.io.zarr.v3.ZarrV3Metadata;

/**
 * An opened Zarr hierarchy (v2 or v3, optionally OME-NGFF): every array's metadata is parsed when
 * it is opened; arrays are opened lazily by {@link #array(String)}. {@link #metadata()} holds
 * {@code zarr_format}, the root group's {@code attributes}, the NGFF entries and {@code groups}
 * (path to attributes of every other group that has some).
 */
public final class ZarrContainer extends AbstractContainer<ZarrArrayMetadata> {

	private final Store store;
	private final Map<String, String> paths = new LinkedHashMap<>();
	private final NgffMetadata ngff = new NgffMetadata();
	private final Map<String, Object> metadata = new LinkedHashMap<>();
	private final Map<String, Object> groups = new LinkedHashMap<>();

	private ZarrContainer(final Location location, final Store store) {
		super(ZarrFormat.NAME, location, "array named", "arrays");
		this.store = store;
	}

	/** Opens the hierarchy rooted at a directory, reading metadata only. */
	public static ZarrContainer open(final Location location) throws IOException {
		final ZarrContainer c = new ZarrContainer(location, new FileStore(location.path()));
		final List<ZarrNode> nodes = ZarrHierarchy.read(c.store);
		if (nodes.isEmpty()) throw new TesseraIOException.NotFound(location.toString(), "no Zarr array or group found");
		for (final ZarrNode n : nodes) c.add(n);
		c.metadata.put("zarr_format", nodes.get(0).format());
		if (nodes.get(0).path().isEmpty() && !nodes.get(0).array()) c.metadata.put("attributes", nodes.get(0).attributes());
		c.metadata.putAll(c.ngff.toMap());
		if (!c.groups.isEmpty()) c.metadata.put("groups", c.groups);
		return c;
	}

	private void add(final ZarrNode n) throws TesseraIOException {
		if (!n.array()) {
			ngff.addGroup(n.path(), n.attributes());
			// NB: like the HDF5 reader's "groups": attributes of every non-root group, by path (HyperSpy's .zspy
			// keeps its metadata tree there); groups without attributes are left out to keep records small.
			if (!n.path().isEmpty() && !n.attributes().isEmpty()) groups.put(n.path(), n.attributes());
			return;
		}
		final ZarrArrayMetadata m = n.format() == 2 ? ZarrV2Metadata.parse(n.json(), n.attributes(), n.file())
			: ZarrV3Metadata.parse(n.json(), n.file());
		final String name = n.path().isEmpty() ? "/" : n.path();
		put(name, m);
		paths.put(name, n.path());
	}

	// -- Container methods --

	@Override
	public Map<String, Object> metadata() {
		return metadata;
	}

	@Override
	public List<Multiscale> multiscales() {
		return List.copyOf(ngff.multiscales().multiscales());
	}

	// -- AbstractContainer methods --

	@Override
	protected ArrayInfo info(final String name, final ZarrArrayMetadata m) {
		return new ArrayInfo(name, m.shape(), m.dtype(), m.readChunkShape(), axes(name, m));
	}

	@Override
	protected ChunkedArray open(final String name, final ZarrArrayMetadata m) throws IOException {
		final String path = paths.get(name);
		return m.open(new NodePlace(store, path, path.isEmpty() ? location() : location().resolve(path)), axes(name, m));
	}

	/** NB: arrays are listed without the leading slash ({@code "/"} alone is the root array). */
	@Override
	protected String key(final String name) {
		return name.length() > 1 && name.startsWith("/") ? name.substring(1) : name;
	}

	// -- Helper methods --

	private List<Axis> axes(final String name, final ZarrArrayMetadata m) {
		final List<Axis> a = ngff.multiscales().axes().get(name);
		return a != null && a.size() == m.shape().length ? a : m.defaultAxes();
	}
}
