package org.tessera.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Static helpers to find readers by name and detect the format of a location. */
public final class FormatReaders {

	private FormatReaders() {}

	/** Every registered reader, in service-file order. */
	public static List<FormatReader> all() {
		final List<FormatReader> readers = new ArrayList<>();
		ServiceLoader.load(FormatReader.class, FormatReaders.class.getClassLoader()).forEach(readers::add);
		return readers;
	}

	/**
	 * The reader with this stable name.
	 *
	 * @throws IllegalArgumentException listing the known names if there is none
	 */
	public static FormatReader byName(final String name) {
		final List<String> names = new ArrayList<>();
		for (final FormatReader r : all()) {
			if (r.name().equals(name)) return r;
			names.add(r.name());
		}
		throw new IllegalArgumentException("no format reader named '" + name + "' (known: " + names + ")");
	}

	/**
	 * The first reader that can open the location.
	 *
	 * @throws TesseraIOException.NotFound if the path does not exist or no reader recognises it
	 */
	public static FormatReader detect(final Location location) throws TesseraIOException {
		final Path p = location.path();
		if (!Files.exists(p)) throw new TesseraIOException.NotFound(p.toString(), "no such file or directory");
		for (final FormatReader r : all()) {
			if (r.canOpen(location)) return r;
		}
		throw new TesseraIOException.NotFound(p.toString(), "not a dataset in any known format (tried "
			+ all().stream().map(FormatReader::name).toList() + ")");
	}

	/** Detects the format and opens the location (metadata only). */
	public static Container open(final Path path) throws IOException {
		final Location location = Location.of(path);
		return detect(location).open(location);
	}
}
