package org.tessera.io.dm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * The {@code "dm"} format reader: Gatan DigitalMicrograph DM3 and DM4 files, detected by their header
 * (version 3 or 4, a root length that fits the file, a byte-order flag of 0 or 1), not their extension.
 */
public final class DmFormat implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "dm";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		final Path p = location.path();
		if (!Files.isRegularFile(p)) return false;
		try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
			DmHeader.read(ch, p.toString());
			return true;
		}
		catch (final IOException e) {
			// NB: any file whose first 16 bytes are not a DM header belongs to another format.
			return false;
		}
	}

	@Override
	public Container open(final Location location) throws IOException {
		final Path p = location.path();
		if (!Files.isRegularFile(p)) throw new TesseraIOException.NotFound(p.toString(), "no such DM file");
		final FileChannel ch = FileChannel.open(p, StandardOpenOption.READ);
		try {
			return new DmContainer(location, ch, DmTagParser.parse(ch, p.toString()));
		}
		catch (final IOException | RuntimeException e) {
			ch.close();
			throw e;
		}
	}
}
