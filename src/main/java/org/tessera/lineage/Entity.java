package org.tessera.lineage;

/**
 * A piece of data an {@link Activity} used or made, identified by content.
 *
 * @param id the content identity: {@code "sha256:<hex>"} of a file's bytes, {@code "array-sha256:<hex>"}
 *        of an array's elements (the {@code stats} hash), or a catalogue record id
 * @param kind {@code "file"}, {@code "array"}, {@code "record"}, {@code "vectors"}, {@code "package"}, …
 * @param location where it was (absolute path or URI, plus {@code "#"} and the internal array path for arrays)
 * @param bytes size in bytes, or -1 when not known
 */
public record Entity(String id, String kind, String location, long bytes) {

	public Entity {
		if (id == null || id.isBlank()) throw new IllegalArgumentException("an entity needs an id");
	}
}
