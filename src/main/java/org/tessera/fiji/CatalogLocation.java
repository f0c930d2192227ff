package org.tessera.fiji;

import java.nio.file.Path;

/**
 * Where Fiji finds a catalogue: the folder a user gave, or, when blank, the embedded default the
 * command line uses too ({@code $TESSERA_CATALOG}, else {@code ~/.tessera/catalog}).
 */
public final class CatalogLocation {

	private CatalogLocation() {}

	/** The catalogue folder for {@code given}; blank or null means the default. */
	public static Path resolve(final String given) {
		if (given != null && !given.isBlank()) return Path.of(given.trim());
		return defaultLocation();
	}

	/** {@code $TESSERA_CATALOG}, else {@code ~/.tessera/catalog}. */
	public static Path defaultLocation() {
		// NB: mirrors the CLI's --catalog default; the index package has no public helper for it yet.
		final String env = System.getenv("TESSERA_CATALOG");
		return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tessera",
			"catalog");
	}
}
