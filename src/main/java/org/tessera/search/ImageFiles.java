package org.tessera.search;

import org.tessera.embed.Plane;
import org.tessera.index.ArrayPlanes;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.nio.file.Path;

/** Reads the plane of a query image file: the named array, or the first one that has a plane. */
final class ImageFiles {

	private ImageFiles() {}

	/**
	 * The overview plane ({@link ArrayPlanes#overview}) of the chosen array.
	 *
	 * @throws TesseraIOException.NotFound naming the file when it has no such array or none with a plane
	 */
	static Plane overview(final Path file, final String name) throws IOException {
		try (Container c = FormatReaders.open(file)) {
			return ArrayPlanes.overview(pick(c, file, name));
		}
	}

	/** The full-resolution plane (at most {@link ArrayPlanes#MAX_SIDE}) of the chosen array. */
	static ArrayPlanes.Level plane(final Path file, final String name) throws IOException {
		try (Container c = FormatReaders.open(file)) {
			return ArrayPlanes.level(c, pick(c, file, name), 0, ArrayPlanes.MAX_SIDE);
		}
	}

	private static ChunkedArray pick(final Container c, final Path file, final String name) throws IOException {
		if (name != null) {
			final ChunkedArray a = c.array(name);
			if (!ArrayPlanes.embeddable(a)) throw new TesseraIOException.NotFound(file.toString(), "array '" + name
				+ "' has no 2-D plane to embed");
			return a;
		}
		for (final ArrayInfo info : c.arrays()) {
			if (!info.dtype().isNumeric()) continue;
			final ChunkedArray a = c.array(info.name());
			if (ArrayPlanes.embeddable(a)) return a;
		}
		throw new TesseraIOException.NotFound(file.toString(), "no array with a 2-D plane to embed");
	}
}
