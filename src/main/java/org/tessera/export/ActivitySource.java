package org.tessera.export;

import org.tessera.lineage.Activity;

import java.io.IOException;
import java.util.List;

/**
 * Where exporters take lineage from (the catalogue's lineage store, once wired in): the activities that
 * made, used or touched an entity or record, oldest first. Exporters only read these; they compute nothing.
 */
public interface ActivitySource {

	/** The activities of {@code entityOrRecordId} (a record id, {@code "sha256:<hex>"}, …). */
	List<Activity> lineageOf(String entityOrRecordId) throws IOException;

	/** No lineage. */
	ActivitySource NONE = id -> List.of();
}
