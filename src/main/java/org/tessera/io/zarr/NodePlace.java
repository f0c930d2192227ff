package org.tessera.io.zarr;

import org.tessera.io.Location;
import org.tessera.io.Store;

/**
 * Where a Zarr node lives: its store, its path inside the store ({@code ""} for the root, no
 * leading or trailing slash) and its location for messages.
 */
public record NodePlace(Store store, String path, Location location) {

	/** The array name Tessera shows: the path, or {@code "/"} for the root. */
	public String name() {
		return path.isEmpty() ? "/" : path;
	}

	/** The store key of an entry below this node. */
	public String key(final String sub) {
		return path.isEmpty() ? sub : path + "/" + sub;
	}

	/** The human-readable name of an entry below this node, for messages. */
	public String describe(final String sub) {
		return store.describe(key(sub));
	}

	/** A child node. */
	public NodePlace child(final String sub) {
		return new NodePlace(store, key(sub), location.resolve(sub));
	}
}
