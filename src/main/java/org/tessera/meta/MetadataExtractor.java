package org.tessera.meta;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;

import java.io.IOException;

/**
 * Extension point that maps one format's vendor metadata onto the {@link Record} schema: instrument,
 * acquisition time, sample, DataCite fields, pixel size. Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.tessera.meta.MetadataExtractor}) and known by a stable name.
 */
public interface MetadataExtractor {

	/** The stable name, e.g. {@code "velox"}, {@code "dm"}, {@code "ome"}. */
	String name();

	/** True when this extractor understands containers of this reader ({@link Container#format()}). */
	boolean supports(Container container);

	/**
	 * Adds what the container's and the array's metadata say. Leaves unknown fields as they are.
	 *
	 * @param array the array the record is for, or null for a container record
	 */
	void extract(Container container, ChunkedArray array, RecordBuilder record) throws IOException;
}
