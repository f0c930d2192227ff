package org.tessera.lineage;

import java.nio.file.Path;

/**
 * The entity id conventions: {@code sha256:HEX} for a file's bytes (or a container directory's
 * canonical listing), {@code array-sha256:HEX} for an array's elements, {@code file:URI} for a file
 * whose hash was not computed.
 */
public final class Entities {

	public static final String FILE = "file", ARRAY = "array", RECORD = "record", CATALOGUE = "catalogue";

	private Entities() {}

	/** A file by content, or by location when {@code sha256} is null. */
	public static Entity file(final Path path, final String sha256, final long bytes) {
		final Path p = path.toAbsolutePath().normalize();
		return new Entity(sha256 != null ? "sha256:" + sha256 : p.toUri().toString(), FILE, p.toString(), bytes);
	}

	/** An array by content: {@code location} is the file, {@code name} the internal path. */
	public static Entity array(final String sha256, final String location, final String name) {
		return new Entity("array-sha256:" + sha256, ARRAY, location + "#" + name, -1);
	}

	/** A catalogue record by id. */
	public static Entity record(final String id, final String location, final String name) {
		return new Entity(id, RECORD, location + "#" + name, -1);
	}

	/** One commit of a catalogue: {@code file:///…/catalog/#commit=N}. */
	public static Entity catalogue(final Path location, final long generation) {
		final Path p = location.toAbsolutePath().normalize();
		return new Entity(p.toUri() + "#commit=" + generation, CATALOGUE, p.toString(), -1);
	}

	/** The hex hash of a {@code sha256:} or {@code array-sha256:} id, or null for other ids. */
	public static String hash(final String entityId) {
		for (final String p : new String[] { "sha256:", "array-sha256:" }) {
			if (entityId.startsWith(p)) return entityId.substring(p.length());
		}
		return null;
	}
}
