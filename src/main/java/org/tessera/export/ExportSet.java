package org.tessera.export;

import org.tessera.lineage.Activity;
import org.tessera.lineage.SoftwareAgent;
import org.tessera.meta.Record;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * What one export writes: catalogue records with the data each describes, the activities of their lineage,
 * and the software doing the export.
 *
 * @param items the records and their data (a file or a container directory), in the order asked for
 * @param activities the lineage to include, oldest first, each once
 * @param agent the exporting software (Tessera and its version)
 */
public record ExportSet(List<Item> items, List<Activity> activities, SoftwareAgent agent) {

	/**
	 * One record and the data it describes.
	 *
	 * @param record the normalized, DataCite-mapped record
	 * @param source the file or container directory holding the data
	 */
	public record Item(Record record, Path source) {}

	public ExportSet {
		if (items.isEmpty()) throw new IllegalArgumentException("an export needs at least one record");
		items = List.copyOf(items);
		activities = List.copyOf(activities);
	}

	/** The data files, each once, with their paths in the package ({@code data/…}). */
	public List<DataFile> files() throws java.io.IOException {
		return DataFile.of(this);
	}

	/**
	 * A stable identifier of this set that does not change when the data's content does: a hash of the
	 * datasets' locations and array paths ({@code urn:tessera:export:<hex>}). The OCFL object id.
	 */
	public String stableId() {
		final TreeSet<String> keys = new TreeSet<>();
		for (final Item i : items) keys.add(i.source().toAbsolutePath().normalize() + "#" + i.record().array());
		final String hex = Digests.of(String.join("\n", keys).getBytes(StandardCharsets.UTF_8)).sha256();
		return "urn:tessera:export:" + hex.substring(0, 32);
	}
}
