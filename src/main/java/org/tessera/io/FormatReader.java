package org.tessera.io;

import java.io.IOException;

/**
 * Extension point for a file format. Implementations are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.tessera.io.FormatReader}) and known by a stable
 * {@link #name()} that is written into catalogues and lineage, never their class name.
 * <p>
 * To add a format: implement this interface, register it, and subclass the reader contract test.
 * </p>
 */
public interface FormatReader {

	/** The stable name, e.g. {@code "zarr"}, {@code "n5"}. */
	String name();

	/**
	 * A cheap check, reading at most a few small files: can this reader open the location? Must not
	 * throw for locations of other formats.
	 */
	boolean canOpen(Location location);

	/**
	 * Opens the location, reading metadata only.
	 *
	 * @throws TesseraIOException with a message naming the file and the cause
	 */
	Container open(Location location) throws IOException;
}
