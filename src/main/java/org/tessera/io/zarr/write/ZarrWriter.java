package org.tessera.io.zarr.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tessera.io.zarr.ZarrJson;

/**
 * A minimal Zarr v2 / v3 writer for tests, sample collections and benchmarks: groups, arrays and
 * one chunk at a time. Separate from the readers: it shares only their codec parsing.
 */
public final class ZarrWriter {

	private final Path root;
	private final int format;

	/**
	 * @param root the hierarchy's root directory (created as needed)
	 * @param format 2 or 3
	 */
	public ZarrWriter(final Path root, final int format) {
		if (format != 2 && format != 3) throw new IllegalArgumentException("zarr_format must be 2 or 3, not " + format);
		this.root = root;
		this.format = format;
	}

	/** Creates a group ({@code ""} for the root) with attributes. */
	public void createGroup(final String path, final Map<String, Object> attributes) throws IOException {
		if (format == 2) {
			write(path, ".zgroup", Map.of("zarr_format", 2));
			if (!attributes.isEmpty()) write(path, ".zattrs", attributes);
			return;
		}
		final Map<String, Object> z = new LinkedHashMap<>();
		z.put("zarr_format", 3);
		z.put("node_type", "group");
		z.put("attributes", attributes);
		write(path, "zarr.json", z);
	}

	/** Creates an array and returns a writer of its chunks. */
	public ZarrArrayWriter createArray(final String path, final ZarrArraySpec spec) throws IOException {
		final ZarrArrayWriter w = format == 2 ? V2ArrayWriter.create(dir(path), spec) : V3ArrayWriter.create(dir(path), spec);
		if (format == 2) {
			write(path, ".zarray", ((V2ArrayWriter) w).zarray());
			final Map<String, Object> attrs = new LinkedHashMap<>(spec.attributes);
			if (spec.dimensionNames != null) attrs.put("_ARRAY_DIMENSIONS", spec.dimensionNames);
			if (!attrs.isEmpty()) write(path, ".zattrs", attrs);
		}
		else write(path, "zarr.json", ((V3ArrayWriter) w).zarrJson());
		return w;
	}

	private Path dir(final String path) {
		return path.isEmpty() || path.equals("/") ? root : root.resolve(path);
	}

	private void write(final String path, final String name, final Object json) throws IOException {
		final Path p = dir(path).resolve(name);
		Files.createDirectories(p.getParent());
		Files.write(p, ZarrJson.write(json));
	}
}
