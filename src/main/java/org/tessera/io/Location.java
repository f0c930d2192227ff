package org.tessera.io;

import java.nio.file.Path;

/**
 * Where a dataset lives. For now a local file or directory; the record leaves room for URIs
 * (object stores, HTTP) without changing reader signatures.
 */
public record Location(Path path) {

	public Location {
		path = path.toAbsolutePath().normalize();
	}

	public static Location of(final Path path) {
		return new Location(path);
	}

	/** The location of an entry below this one (a key inside a container directory). */
	public Location resolve(final String key) {
		return new Location(path.resolve(key));
	}

	@Override
	public String toString() {
		return path.toString();
	}
}
