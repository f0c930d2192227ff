package org.tessera.io.hdf5;

import java.io.IOException;

import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * The {@code "hdf5"} format reader: any HDF5 file, recognised by its signature (at byte 0 or after
 * a user block), whatever its extension. EMD files are HDF5 too; their readers are registered
 * before this one so that detection picks them first.
 */
public final class Hdf5Format implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "hdf5";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		return Hdf5Signature.isHdf5(location.path());
	}

	@Override
	public Container open(final Location location) throws IOException {
		if (!java.nio.file.Files.isRegularFile(location.path())) {
			throw new TesseraIOException.NotFound(location.toString(), "no such file");
		}
		return new Hdf5Container(location);
	}
}
