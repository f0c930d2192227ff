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

	/**
	 * The size of a value in bytes, or -1 when the key does not exist. The default reads the value;
	 * stores with cheaper metadata override it.
	 */
	default long size(final String key) throws IOException {
		final byte[] b = read(key);
		return b == null ? -1 : b.length;
	}

	/**
	 * Up to {@code length} bytes of a value from {@code offset} (fewer at its end), or {@code null}
	 * when the key does not exist. The default reads the whole value; stores that can seek override it.
	 */
	default byte[] readRange(final String key, final long offset, final int length) throws IOException {
		final byte[] b = read(key);
		if (b == null) return null;
		final int from = (int) Math.min(offset, b.length);
		return java.util.Arrays.copyOfRange(b, from, (int) Math.min(b.length, from + (long) length));
	}

	/**
	 * Reads a whole value into {@code buffers.stored(size)} and returns its size, or -1 when the key
	 * does not exist. The default copies {@link #read}; stores that can read in place override it.
	 */
	default int readInto(final String key, final ChunkBuffers buffers) throws IOException {
		final byte[] b = read(key);
		if (b == null) return -1;
		System.arraycopy(b, 0, buffers.stored(b.length), 0, b.length);
		return b.length;
	}

	/** A human-readable absolute name of a key, for error messages. */
	String describe(String key);
}
