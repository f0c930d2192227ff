package org.tessera.fiji;

import ij.ImagePlus;

import java.util.Optional;

import org.tessera.index.CatalogSchema;

/**
 * Which dataset and array an image shows, kept as two image properties ({@value #PATH}, {@value #ARRAY})
 * so that "Show Lineage..." and "Find Similar..." can find the image's catalogue record. NB: string
 * properties ({@code setProp}) travel with a saved TIFF, so a saved copy still names its source.
 *
 * @param path the dataset's location (a file or container folder), as the catalogue stores it
 * @param array the array's internal path
 */
public record DatasetSource(String path, String array) {

	/** The image property holding the dataset location. */
	public static final String PATH = "tessera.path";

	/** The image property holding the array's internal path. */
	public static final String ARRAY = "tessera.array";

	/** Tags {@code imp} with this source. */
	public void tag(final ImagePlus imp) {
		imp.setProp(PATH, path);
		imp.setProp(ARRAY, array);
	}

	/** The source of an image opened by Tessera; empty for any other image. */
	public static Optional<DatasetSource> of(final ImagePlus imp) {
		final String p = imp.getProp(PATH), a = imp.getProp(ARRAY);
		return p == null || p.isEmpty() ? Optional.empty() : Optional.of(new DatasetSource(p, a == null ? "" : a));
	}

	/** A catalogue query for this array's record (exact path and array). */
	public String query() {
		return CatalogSchema.PATH + ":" + quote(path) + " AND " + CatalogSchema.ARRAY + ":" + quote(array);
	}

	/** A Lucene phrase: backslashes and quotes escaped. */
	static String quote(final String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
