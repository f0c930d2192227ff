package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;

/**
 * The {@code "tiff"} format reader: classic TIFF and BigTIFF in either byte order. Arrays are the
 * ImageJ hyperstack when the first ImageDescription is ImageJ's, else runs of equally laid out
 * pages. OME-TIFFs are detected by {@link OmeTiffFormat} first (it is registered before this one);
 * opened by name through this reader they read as plain pages.
 */
public final class TiffFormat implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "tiff";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		return isTiff(location);
	}

	@Override
	public Container open(final Location location) throws IOException {
		return TiffOpener.open(location, NAME, false);
	}

	/** True when the file starts with a TIFF or BigTIFF header. Never throws. */
	static boolean isTiff(final Location location) {
		if (!Files.isRegularFile(location.path())) return false;
		try (FileChannel ch = FileChannel.open(location.path(), StandardOpenOption.READ)) {
			final ByteBuffer b = ByteBuffer.allocate(4);
			ch.read(b, 0);
			if (b.position() < 4 || TiffFile.byteOrder(b) == null) return false;
			final int version = b.order(TiffFile.byteOrder(b)).getShort(2);
			return version == 42 || version == 43;
		}
		catch (final IOException e) {
			// NB: an unreadable file is not ours to claim; open() reports the cause when asked directly.
			return false;
		}
	}
}
