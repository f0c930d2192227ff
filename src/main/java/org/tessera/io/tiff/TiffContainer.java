package org.tessera.io.tiff;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.tessera.io.AbstractContainer;
import org.tessera.io.Location;

/**
 * An opened TIFF: its series as arrays {@code image0}, {@code image1}, ... and the file's metadata
 * (byte order, BigTIFF, page count, the first ImageDescription, ImageJ keys or the OME listing).
 * Holds the file open until closed.
 */
final class TiffContainer extends AbstractContainer.OfArrays {

	private final TiffFile file;
	private final Map<String, Object> metadata;

	TiffContainer(final String format, final TiffFile file, final Location location, final List<TiffSeries> series,
		final Map<String, Object> metadata)
	{
		super(format, location);
		this.file = file;
		for (final TiffSeries s : series) put(s.name(), new TiffArray(file, location, s));
		this.metadata = metadata;
	}

	// -- Container methods --

	@Override
	public Map<String, Object> metadata() {
		return metadata;
	}

	@Override
	public void close() throws IOException {
		file.close();
	}
}
