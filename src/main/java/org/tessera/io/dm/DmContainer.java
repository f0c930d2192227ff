package org.tessera.io.dm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tessera.io.AbstractContainer;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * An opened DM3/DM4 file: every image of its {@code ImageList} as {@code image0}, {@code image1}, ...
 * in file order (thumbnails included, marked {@code "thumbnail": true} in their attributes), and the
 * whole tag tree as metadata. Holds the file open until closed.
 */
final class DmContainer extends AbstractContainer<DmImage> {

	private final FileChannel channel;
	private final DmFile dm;

	DmContainer(final Location location, final FileChannel channel, final DmFile dm) throws TesseraIOException {
		super(DmFormat.NAME, location, "DM image", "images");
		this.channel = channel;
		this.dm = dm;
		for (int i = 0; i < dm.images().size(); i++) {
			final DmImage image = DmImage.of(dm, i);
			put(image.name(), image);
		}
	}

	// -- Container methods --

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

	// -- AbstractContainer methods --

	@Override
	protected ArrayInfo info(final String name, final DmImage image) {
		return image.info();
	}

	@Override
	protected ChunkedArray open(final String name, final DmImage image) {
		return new DmArray(channel, location(), image, dm.header().order());
	}
}
