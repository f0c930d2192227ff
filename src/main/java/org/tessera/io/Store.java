package org.tessera.io;

import java.io.IOException;
import java.util.List;

/**
 * A tiny key-value view of a hierarchical container (Zarr, N5): keys are '/'-separated paths
 * relative to the container root. Read-only by design; writing belongs to a separate interface.
 */
public interface Store {

	/** The whole value, or {@code null} when the key does not exist. */
	byte[] read(String key) throws IOException;

	boolean exists(String key);

	/** The names (not paths) of the children of a key prefix that are themselves keys or groups. */
	List<String> list(String prefix) throws IOException;

	/** A human-readable absolute name of a key, for error messages. */
	String describe(String key);
}
