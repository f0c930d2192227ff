package org.tessera.io.dm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * An opened DM3/DM4 file: every image of its {@code ImageList} as {@code image0}, {@code image1}, ...
 * in file order (thumbnails included, marked {@code "thumbnail": true} in their attributes), and the
 * whole tag tree as metadata. Holds the file open until closed.
 */
final class DmContainer implements Container {

	private final Location location;
	private final FileChannel channel;
	private final DmFile dm;
	private final Map<String, DmImage> images = new LinkedHashMap<>();

	DmContainer(final Location location, final FileChannel channel, final DmFile dm) throws TesseraIOException {
		this.location = location;
		this.channel = channel;
		this.dm = dm;
		for (int i = 0; i < dm.images().size(); i++) {
			final DmImage image = DmImage.of(dm, i);
			images.put(image.name(), image);
		}
	}

	// -- Container methods --

	@Override
	public String format() {
		return DmFormat.NAME;
	}

	@Override
	public Location location() {
		return location;
	}

	@Override
	public List<ArrayInfo> arrays() {
		final List<ArrayInfo> out = new ArrayList<>();
		for (final DmImage i : images.values()) out.add(i.info());
		return out;
	}

	@Override
	public ChunkedArray array(final String name) throws IOException {
		final DmImage image = images.get(name);
		if (image == null) {
			throw new TesseraIOException.NotFound(location.toString(), "no DM image '" + name + "' (images: " + images.keySet() + ")");
		}
		return new DmArray(channel, location, image, dm.header().order());
	}

	/** {@code dm_version}, {@code byte_order} and {@code tags}: the whole tag tree, verbatim. */
	@Override
	public Map<String, Object> metadata() {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("dm_version", dm.header().version());
		m.put("byte_order", dm.header().order().toString().toLowerCase().replace("_endian", ""));
		m.put("tags", dm.tags());
		return java.util.Collections.unmodifiableMap(m);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
