package org.tessera.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An opened file or directory holding one or more arrays: a Zarr or N5 hierarchy, an HDF5 file, a
 * DM file, a TIFF. Opening reads metadata only.
 */
public interface Container extends Closeable {

	/** The stable name of the reader that opened it, e.g. {@code "zarr"}, {@code "n5"}. */
	String format();

	Location location();

	/** Every array, in the container's order (including ones whose dtype cannot be read as pixels). */
	List<ArrayInfo> arrays();

	/**
	 * Opens one array lazily.
	 *
	 * @param name the internal path as listed by {@link #arrays()} ({@code "/"} for a root array)
	 * @throws TesseraIOException.NotFound if there is no such array
	 */
	ChunkedArray array(String name) throws IOException;

	/**
	 * The container's metadata as a JSON-like tree: group attributes, OME-NGFF multiscales, omero
	 * channels, labels, plates and wells, vendor trees.
	 */
	Map<String, Object> metadata();

	/** Image pyramids, each listing its levels from finest to coarsest. Empty when there are none. */
	default List<Multiscale> multiscales() {
		return List.of();
	}

	@Override
	default void close() throws IOException {}
}
