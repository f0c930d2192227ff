package org.tessera.io;

import java.util.List;

/** Static helpers over {@link Container}s. */
public final class Containers {

	private Containers() {}

	/**
	 * The array a user means when naming none: the only array, else the finest level of the first
	 * pyramid, else the first pixel-readable array that is not a thumbnail (attribute
	 * {@code "thumbnail": true}, as DM files mark theirs).
	 *
	 * @throws TesseraIOException.NotFound when the container holds no array
	 */
	public static String defaultArray(final Container c) throws java.io.IOException {
		final List<ArrayInfo> arrays = c.arrays();
		if (arrays.isEmpty()) throw new TesseraIOException.NotFound(c.location().toString(), "holds no array");
		if (arrays.size() == 1) return arrays.get(0).name();
		for (final Multiscale m : c.multiscales()) {
			if (!m.levels().isEmpty()) return m.levels().get(0);
		}
		String numeric = null;
		for (final ArrayInfo a : arrays) {
			if (!a.dtype().isNumeric()) continue;
			if (!isThumbnail(c.array(a.name()))) return a.name();
			if (numeric == null) numeric = a.name();
		}
		return numeric != null ? numeric : arrays.get(0).name();
	}

	/** True when the array marks itself as a preview ({@code "thumbnail": true} in its attributes). */
	public static boolean isThumbnail(final ChunkedArray a) {
		return Boolean.TRUE.equals(a.attributes().get("thumbnail"));
	}

	/** The named array, or the {@linkplain #defaultArray default} one when the name is null or empty. */
	public static ChunkedArray array(final Container c, final String name) throws java.io.IOException {
		return c.array(name == null || name.isEmpty() ? defaultArray(c) : name);
	}
}
