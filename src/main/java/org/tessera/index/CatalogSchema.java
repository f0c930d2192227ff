package org.tessera.index;

import java.util.Map;
import java.util.Set;

/**
 * The catalogue's versioned schema: its name (written into every commit's user data) and the
 * names of its fields. A reader refuses an index written under another schema name.
 */
public final class CatalogSchema {

	/** The schema name of this version; bump it whenever a field changes meaning or type. */
	public static final String NAME = "tessera-catalog-1";

	/** Commit user-data key holding the schema name. */
	public static final String SCHEMA_KEY = "schema";

	// -- Stored and keyword fields --

	public static final String ID = "id", PATH = "path", ARRAY = "array", FORMAT = "format", DTYPE = "dtype",
		SHAPE = "shape", MICROSCOPE = "instrument.microscope", MODE = "instrument.mode", DETECTOR = "detector",
		YEAR = "year", RECORD = "record", THUMBNAIL = "thumbnail";

	/** The dataset (file or container directory) a document came from, and its size and mtime stamp. */
	public static final String FILE = "file", FILE_SIZE = "file.size", FILE_MTIME = "file.mtime";

	/**
	 * What a document is: {@link #DOCTYPE_RECORD} (or no such field: catalogues from before it) for an
	 * array's record, {@link #DOCTYPE_ACTIVITY} for a lineage activity, {@link #DOCTYPE_PATCH} for an
	 * image patch. Metadata searches and counts see records only.
	 */
	public static final String DOCTYPE = "doctype", DOCTYPE_RECORD = "record", DOCTYPE_ACTIVITY = "activity",
		DOCTYPE_PATCH = "patch";

	// -- Text fields --

	/** Titles, descriptions, sample, names and the flattened vendor metadata: the default search field. */
	public static final String TEXT = "text";

	public static final String TITLE = "title", DESCRIPTION = "description";

	// -- Numeric fields (double points + doc values, canonical units) --

	public static final String BEAM_ENERGY = "instrument.beamEnergy", MAGNIFICATION = "instrument.magnification",
		CAMERA_LENGTH = "instrument.cameraLength", PIXEL_SIZE = "pixelSize";

	/** Acquisition time, epoch milliseconds (long point + doc values). */
	public static final String ACQUIRED = "acquired";

	/** Each numeric field's canonical unit ("" for dimensionless). */
	public static final Map<String, String> NUMERIC_UNITS = Map.of(BEAM_ENERGY, "kV", MAGNIFICATION, "",
		CAMERA_LENGTH, "mm", PIXEL_SIZE, "nm");

	/** Keyword fields matched case-insensitively (indexed lowercase; facets keep the original spelling). */
	public static final Set<String> FOLDED = Set.of(FORMAT, DTYPE, MICROSCOPE, MODE, DETECTOR, YEAR);

	/** Keyword fields matched exactly. */
	public static final Set<String> EXACT = Set.of(ID, PATH, ARRAY, SHAPE, FILE);

	/** Facet names (CLI and API) and the doc-values field each counts. */
	public static final Map<String, String> FACETS = Map.of("format", FORMAT, "instrument", MICROSCOPE,
		"detector", DETECTOR, "year", YEAR);

	/** Sort names and the doc-values field each sorts by. */
	public static final Map<String, String> SORTS = Map.of("acquired", ACQUIRED, "beamEnergy", BEAM_ENERGY,
		BEAM_ENERGY, BEAM_ENERGY, "id", ID);

	private CatalogSchema() {}
}
