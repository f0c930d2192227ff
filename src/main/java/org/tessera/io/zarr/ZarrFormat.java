package org.tessera.io.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tessera.io.Container;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;

/**
 * The {@code "zarr"} format: Zarr v2 and v3 hierarchies (with sharding) and OME-NGFF 0.4/0.5,
 * opened at their root or at any node inside (which then becomes the root).
 */
public final class ZarrFormat implements FormatReader {

	/** The stable name. */
	public static final String NAME = "zarr";

	private static final List<String> MARKERS = List.of("zarr.json", ".zarray", ".zgroup", ".zattrs", ".zmetadata");

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		final Path p = location.path();
		return Files.isDirectory(p) && MARKERS.stream().anyMatch(m -> Files.isRegularFile(p.resolve(m)));
	}

	@Override
	public Container open(final Location location) throws IOException {
		return ZarrContainer.open(location);
	}
}
