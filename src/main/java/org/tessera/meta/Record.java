package org.tessera.meta;

import java.util.List;
import java.util.Map;

/**
 * Everything Tessera knows about one array (or, with {@code array} null, one container): one
 * immutable metadata record in a single schema for every format. It is what the catalogue indexes
 * and lineage cites. Unknown values stay null or empty; nothing is invented.
 *
 * @param id the stable identifier: array content SHA-256 + ":" + internal path (or file SHA-256 for a container)
 * @param location the file or container path
 * @param array the array's internal path, null for a container record
 * @param format the stable name of the reader ("zarr", "emd-velox", ...)
 * @param readerVersion the Tessera version that read it
 * @param datacite the DataCite core
 * @param instrument what the instrument recorded
 * @param sample the sample name or description
 * @param acquired acquisition date-time, ISO 8601 (with zone offset when known)
 * @param shape C-order shape
 * @param dtype numpy dtype name
 * @param axes the axes, C order (name, type, unit, scale, offset)
 * @param pixelSize the pixel size of the fastest spatial axis, in nm (or the canonical unit of that axis)
 * @param checksums content and file hashes
 * @param original the vendor metadata tree, verbatim (Velox JSON, DM tags, HDF5/Zarr/N5 attributes, OME-XML)
 * @param flattened the original tree flattened to dotted keys and string values, for searching
 */
public record Record(String id, String location, String array, String format, String readerVersion,
	DataCite datacite, Instrument instrument, String sample, String acquired, long[] shape, String dtype,
	List<org.tessera.io.Axis> axes, Quantity pixelSize, Checksums checksums, Map<String, Object> original,
	Map<String, String> flattened)
{

	/** The content identity: the SHA-256 of the array's elements (as {@code stats}) and of the file. */
	public record Checksums(String arraySha256, String fileSha256) {}

	/** NB: value equality also for the shape array (a record's default compares array identity). */
	@Override
	public boolean equals(final Object o) {
		return o instanceof Record r && java.util.Arrays.equals(shape, r.shape) && java.util.Objects.equals(rest(), r.rest());
	}

	@Override
	public int hashCode() {
		return 31 * java.util.Arrays.hashCode(shape) + rest().hashCode();
	}

	private List<Object> rest() {
		return java.util.Arrays.asList(id, location, array, format, readerVersion, datacite, instrument, sample, acquired, dtype,
			axes, pixelSize, checksums, original, flattened);
	}

	/** A builder with every field unset. */
	public static RecordBuilder builder() {
		return new RecordBuilder();
	}
}
