package org.tessera.io.tiff;

import java.io.IOException;

import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;

/**
 * The {@code "ome-tiff"} format reader: a TIFF whose first ImageDescription holds OME-XML. Each OME
 * Image is one array {@code (t, c, z, y, x)} without its size-1 axes, calibrated from the physical
 * sizes; channels go into the array's attributes and plates and wells into the container's
 * metadata. The OME-XML is parsed with the JDK's DOM parser (no OME model library).
 */
public final class OmeTiffFormat implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "ome-tiff";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		if (!TiffFormat.isTiff(location)) return false;
		try {
			final String d = TiffOpener.firstDescription(location);
			return d != null && d.contains("<OME");
		}
		catch (final IOException e) {
			// NB: a TIFF whose first IFD cannot be read is left to the "tiff" reader to report.
			return false;
		}
	}

	@Override
	public Container open(final Location location) throws IOException {
		return TiffOpener.open(location, NAME, true);
	}
}
