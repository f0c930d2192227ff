package org.tessera.fiji;

import ij.Prefs;
import ij.gui.GenericDialog;

import java.nio.file.Path;

/**
 * Where Fiji finds a catalogue: the folder a user gave, or, when blank, the embedded default the
 * command line uses too ({@code $TESSERA_CATALOG}, else {@code ~/.tessera/catalog}). The dialogs of
 * "Index Folder..." and "Search Catalog..." share one remembered {@code catalog} field.
 */
public final class CatalogLocation {

	private static final String PREF_CATALOG = "tessera.catalog";

	private CatalogLocation() {}

	/** The catalogue folder for {@code given}; blank or null means the default. */
	public static Path resolve(final String given) {
		if (given != null && !given.isBlank()) return Path.of(given.trim());
		return defaultLocation();
	}

	/** {@code $TESSERA_CATALOG}, else {@code ~/.tessera/catalog}. */
	public static Path defaultLocation() {
		return org.tessera.index.Catalog.defaultLocation();
	}

	// -- Dialog field --

	/** Adds the {@code catalog} field (macro key {@code catalog}), filled with the last one used. */
	static void addField(final GenericDialog gd) {
		gd.addDirectoryField("catalog", Prefs.get(PREF_CATALOG, ""), 40);
	}

	/** Reads the {@code catalog} field (the next string field), remembers it and resolves it. */
	static Path fromDialog(final GenericDialog gd) {
		final String given = gd.getNextString();
		Prefs.set(PREF_CATALOG, given);
		return resolve(given);
	}

	/** The dialog line that names the default catalogue. */
	static String hint() {
		return "catalog empty: " + defaultLocation();
	}
}
