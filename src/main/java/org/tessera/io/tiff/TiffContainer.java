package org.tessera.io.tiff;

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
 * An opened TIFF: its series as arrays {@code image0}, {@code image1}, ... and the file's metadata
 * (byte order, BigTIFF, page count, the first ImageDescription, ImageJ keys or the OME listing).
 * Holds the file open until closed.
 */
final class TiffContainer implements Container {

	private final String format;
	private final TiffFile file;
	private final Location location;
	private final Map<String, TiffArray> arrays = new LinkedHashMap<>();
	private final Map<String, Object> metadata;

	TiffContainer(final String format, final TiffFile file, final Location location, final List<TiffSeries> series,
		final Map<String, Object> metadata)
	{
		this.format = format;
		this.file = file;
		this.location = location;
		for (final TiffSeries s : series) arrays.put(s.name(), new TiffArray(file, location, s));
		this.metadata = metadata;
	}

	@Override
	public String format() {
		return format;
	}

	@Override
	public Location location() {
		return location;
	}

	@Override
	public List<ArrayInfo> arrays() {
		return arrays.values().stream().map(ChunkedArray::info).toList();
	}

	@Override
	public ChunkedArray array(final String name) throws IOException {
		final TiffArray a = arrays.get(name);
		if (a == null) throw new TesseraIOException.NotFound(location.toString(), "no array '" + name + "' (arrays: " + arrays.keySet() + ")");
		return a;
	}

	@Override
	public Map<String, Object> metadata() {
		return metadata;
	}

	@Override
	public void close() throws IOException {
		file.close();
	}
}
