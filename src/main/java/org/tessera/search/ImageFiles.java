package org.tessera.search;

import org.tessera.embed.Plane;
import org.tessera.embed.prep.Planes;
import org.tessera.embed.prep.Region;
import org.tessera.index.VectorPlanes;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the plane of a query image file (the named array, or the first non-preview one with a plane) exactly as
 * the catalogue's vectors were made ({@link VectorPlanes}).
 */
final class ImageFiles {

	private ImageFiles() {}

	/**
	 * The overview plane ({@link VectorPlanes#overview}) of the chosen array.
	 *
	 * @throws TesseraIOException.NotFound naming the file when it has no such array or none with a plane
	 */
	static Plane overview(final Path file, final String name) throws IOException {
		try (Container c = FormatReaders.open(file)) {
			return VectorPlanes.overview(c, pick(c, file, name));
		}
	}

	/** A region (full-resolution pixels) of the chosen array's plane, reduced as patches are ({@link VectorPlanes#region}). */
	static Plane region(final Path file, final String name, final Region r) throws IOException {
		try (Container c = FormatReaders.open(file)) {
			return VectorPlanes.region(c, pick(c, file, name), r);
		}
	}

	private static ChunkedArray pick(final Container c, final Path file, final String name) throws IOException {
		if (name != null) {
			final ChunkedArray a = c.array(name);
			if (!Planes.hasPlane(a)) throw new TesseraIOException.NotFound(file.toString(), "array '" + name
				+ "' has no 2-D plane to embed");
			return a;
		}
		for (final ArrayInfo info : c.arrays()) {
			if (!info.dtype().isNumeric()) continue;
			final ChunkedArray a = c.array(info.name());
			// NB: vendor previews are not indexed (DatasetDocuments), so they are not queries either
			if (Planes.hasPlane(a) && !Containers.isThumbnail(a)) return a;
		}
		throw new TesseraIOException.NotFound(file.toString(), "no array with a 2-D plane to embed");
	}
}
