package org.tessera.io.hdf5;

import java.io.IOException;
import java.util.function.Predicate;

import io.jhdf.api.Group;

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

	/**
	 * A cheap look at an HDF5 file's root group for the readers of HDF5-based formats: false for
	 * files that are not HDF5 or cannot be opened, never an exception.
	 */
	public static boolean probe(final Location location, final Predicate<Group> test) {
		if (!Hdf5Signature.isHdf5(location.path())) return false;
		try (Hdf5File f = Hdf5File.open(location.path())) {
			return f.metadata("probe", test::test);
		}
		catch (final IOException | RuntimeException e) {
			// NB: a file jHDF cannot read is left to the generic reader, which reports why when opened.
			return false;
		}
	}

	@Override
	public Container open(final Location location) throws IOException {
		if (!java.nio.file.Files.isRegularFile(location.path())) {
			throw new TesseraIOException.NotFound(location.toString(), "no such file");
		}
		return new Hdf5Container(location);
	}
}
