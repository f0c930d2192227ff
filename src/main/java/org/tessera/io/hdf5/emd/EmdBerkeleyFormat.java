package org.tessera.io.hdf5.emd;

import java.io.IOException;


import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;
import org.tessera.io.hdf5.Hdf5Container;
import org.tessera.io.hdf5.Hdf5Format;

/**
 * The {@code "emd-berkeley"} format reader: Berkeley EMD files (v0.2, as hyperspy writes them, and
 * EMD 1.0, as py4DSTEM writes them): HDF5 files whose root has a {@code version_major} attribute
 * and whose data groups carry {@code emd_group_type = 1}.
 */
public final class EmdBerkeleyFormat implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "emd-berkeley";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		// NB: hyperspy's v0.2 writes version_major at the root; py4DSTEM's EMD 1.0 also emd_group_type = 'root'.
		return Hdf5Format.probe(location, root -> root.getAttributes().containsKey("version_major")
			|| root.getAttributes().containsKey("emd_group_type"));
	}

	@Override
	public Container open(final Location location) throws IOException {
		final Hdf5Container c = (Hdf5Container) new Hdf5Format().open(location);
		try {
			return new EmdBerkeleyContainer(c);
		}
		catch (final IOException | RuntimeException e) {
			c.close();
			throw e;
		}
	}
}
