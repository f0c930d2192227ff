package org.tessera.io.hdf5;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * Base of the containers that present an HDF5 file through a vendor convention (EMD Berkeley, EMD
 * Velox): subclasses register their arrays with {@link #add} and open them in {@link #open}; the
 * underlying {@link Hdf5Container} stays available for datasets and attributes.
 */
public abstract class Hdf5View implements Container {

	/** The generic view of the same file. */
	protected final Hdf5Container hdf;
	private final Map<String, ArrayInfo> infos = new LinkedHashMap<>();

	protected Hdf5View(final Hdf5Container hdf) {
		this.hdf = hdf;
	}

	/** Opens the array registered under this name. */
	protected abstract ChunkedArray open(String name) throws IOException;

	/** Registers an array (its info is what {@link #arrays()} lists). */
	protected final void add(final ArrayInfo info) {
		infos.put(info.name(), info);
	}

	// -- Container methods --

	@Override
	public Location location() {
		return hdf.location();
	}

	@Override
	public List<ArrayInfo> arrays() {
		return List.copyOf(infos.values());
	}

	@Override
	public ChunkedArray array(final String name) throws IOException {
		if (!infos.containsKey(name)) {
			throw new TesseraIOException.NotFound(location().toString(), "no " + format() + " array '" + name + "' (arrays: " + infos.keySet() + ")");
		}
		return open(name);
	}

	@Override
	public void close() throws IOException {
		hdf.close();
	}
}
