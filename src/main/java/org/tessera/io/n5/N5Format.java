package org.tessera.io.n5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.tessera.io.Container;
import org.tessera.io.FileStore;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;
import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * The {@code "n5"} format reader: opens an N5 root (an {@code attributes.json} with an {@code "n5"}
 * version, 1.x to 4.x), any group or dataset inside one, or a lone dataset directory.
 */
public final class N5Format implements FormatReader {

	/** The stable format name. */
	public static final String NAME = "n5";

	/** The newest N5 major version this reader knows. */
	private static final int MAJOR = 4;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean canOpen(final Location location) {
		final Path p = location.path();
		if (!Files.isDirectory(p)) return false;
		try {
			final Map<String, Object> attrs = N5Json.read(new FileStore(p), "");
			if (attrs != null && (attrs.containsKey(NAME) || N5DatasetAttributes.isDataset(attrs))) return true;
			return ancestorVersion(p) != null;
		}
		catch (final IOException e) {
			// NB: an unparsable attributes.json is still N5's to report when opened directly.
			return Files.isRegularFile(p.resolve(N5Json.ATTRIBUTES));
		}
	}

	@Override
	public Container open(final Location location) throws IOException {
		final Path p = location.path();
		if (!Files.isDirectory(p)) throw new TesseraIOException.NotFound(p.toString(), "not an N5 directory");
		final Store store = new FileStore(p);
		final Map<String, Object> attrs = N5Json.read(store, "");
		final String version = attrs != null && attrs.get(NAME) != null ? attrs.get(NAME).toString() : ancestorVersion(p);
		if (attrs == null && version == null) {
			throw new TesseraIOException.NotFound(store.describe(N5Json.ATTRIBUTES), "no such file: not an N5 root, group or dataset");
		}
		checkVersion(version, store.describe(N5Json.ATTRIBUTES));
		return new N5Container(location, store, attrs == null ? Map.of() : attrs, version);
	}

	// -- Helper methods --

	/** The version of the nearest enclosing N5 root, or null when there is none. */
	private static String ancestorVersion(final Path dir) throws IOException {
		for (Path a = dir.getParent(); a != null; a = a.getParent()) {
			final Map<String, Object> attrs = N5Json.read(new FileStore(a), "");
			if (attrs != null && attrs.get(NAME) != null) return attrs.get(NAME).toString();
		}
		return null;
	}

	private static void checkVersion(final String version, final String file) throws TesseraIOException {
		if (version == null) return;
		final String major = version.split("\\.")[0];
		if (!major.matches("\\d{1,9}") || Integer.parseInt(major) > MAJOR) {
			throw new TesseraIOException.Unsupported(file, "N5 version " + version + " (this reader knows 1.x to " + MAJOR + ".x)");
		}
	}
}
