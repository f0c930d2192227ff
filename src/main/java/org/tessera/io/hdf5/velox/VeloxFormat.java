package org.tessera.io.hdf5.velox;

import java.io.IOException;

import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;
import org.tessera.io.hdf5.Hdf5Container;
import org.tessera.io.hdf5.Hdf5Format;

/**
 * The {@code "emd-velox"} format reader: Thermo Fisher (FEI) Velox EMD files, HDF5 files with a
 * root {@code Version} dataset and a {@code Data} group holding {@code Image}, {@code Spectrum},
 * {@code SpectrumImage} or {@code SpectrumStream} groups.
 */
public final class VeloxFormat implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "emd-velox";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		return Hdf5Format.probe(location, VeloxFormat::isVelox);
	}

	@Override
	public Container open(final Location location) throws IOException {
		final Hdf5Container c = (Hdf5Container) new Hdf5Format().open(location);
		try {
			return new VeloxContainer(c);
		}
		catch (final IOException | RuntimeException e) {
			c.close();
			throw e;
		}
	}

	private static boolean isVelox(final Group root) {
		final Node data = root.getChildren().get("Data");
		if (!root.getChildren().containsKey("Version") || !(data instanceof Group g)) return false;
		for (final String kind : new String[] { "Image", "Spectrum", "SpectrumImage", "SpectrumStream" }) {
			if (g.getChildren().containsKey(kind)) return true;
		}
		return false;
	}
}
