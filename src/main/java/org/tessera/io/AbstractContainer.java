package org.tessera.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The listing half of a container; subclasses say how an entry is described and opened. Holds the
 * format name, the location and the entries by array name in container order, and refuses unknown
 * names with {@code "<file>: no <noun> '<name>' (<plural>: [...])"}.
 *
 * @param <E> what a subclass keeps per array (its parsed metadata, or the array itself)
 */
public abstract class AbstractContainer<E> implements Container {

	private final String format;
	private final Location location;
	private final String noun;
	private final String plural;
	private final Map<String, E> entries = new LinkedHashMap<>();

	/**
	 * @param noun what one array is called in messages, e.g. {@code "HDF5 dataset"}
	 * @param plural what the listing is called in messages, e.g. {@code "datasets"}
	 */
	protected AbstractContainer(final String format, final Location location, final String noun, final String plural) {
		this.format = format;
		this.location = location;
		this.noun = noun;
		this.plural = plural;
	}

	// -- Container methods --

	@Override
	public String format() {
		return format;
	}

	@Override
	public Location location() {
		return location;
	}

	@Override
	public List<ArrayInfo> arrays() {
		final List<ArrayInfo> out = new ArrayList<>();
		entries.forEach((name, e) -> out.add(info(name, e)));
		return Collections.unmodifiableList(out);
	}

	@Override
	public ChunkedArray array(final String name) throws IOException {
		return open(key(name), entry(name));
	}

	// -- AbstractContainer methods --

	/** Adds an array under its listed name (in container order). */
	protected final void put(final String name, final E entry) {
		entries.put(name, entry);
	}

	/** The entries by listed name, in container order (read-only view). */
	protected final Map<String, E> entries() {
		return Collections.unmodifiableMap(entries);
	}

	/** The entry of a requested name (after {@link #key}), or NotFound naming the file and the name. */
	protected final E entry(final String name) throws TesseraIOException.NotFound {
		final E e = entries.get(key(name));
		if (e == null) {
			throw new TesseraIOException.NotFound(describe(name), "no " + noun + " '" + name + "' (" + plural + ": " + entries.keySet() + ")");
		}
		return e;
	}

	/** The listed name a requested name stands for; the requested name itself unless overridden. */
	protected String key(final String name) {
		return name;
	}

	/** The file that a NotFound for this name names; the container's location unless overridden. */
	protected String describe(final String name) {
		return location.toString();
	}

	/** The listing entry of one array. */
	protected abstract ArrayInfo info(String name, E entry);

	/** Opens one array lazily, given its listed name and entry. */
	protected abstract ChunkedArray open(String name, E entry) throws IOException;

	// -- Nested classes --

	/** A container whose entries are its arrays, made when it is opened (TIFF series, test arrays). */
	public abstract static class OfArrays extends AbstractContainer<ChunkedArray> {

		/** Unknown names are refused as {@code "no array '<name>' (arrays: [...])"}. */
		protected OfArrays(final String format, final Location location) {
			super(format, location, "array", "arrays");
		}

		@Override
		protected ArrayInfo info(final String name, final ChunkedArray array) {
			return array.info();
		}

		@Override
		protected ChunkedArray open(final String name, final ChunkedArray array) {
			return array;
		}
	}
}
