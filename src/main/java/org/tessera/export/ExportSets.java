package org.tessera.export;

import org.tessera.index.Catalog;
import org.tessera.lineage.Activity;
import org.tessera.lineage.SoftwareAgent;
import org.tessera.meta.Record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link ExportSet}s from a catalogue: the stored records of the ids asked for, and their lineage. */
public final class ExportSets {

	private ExportSets() {}

	/**
	 * The set of {@code ids} from the catalogue in {@code catalogDir}, with the activities {@code lineage}
	 * knows for each record (each activity once, oldest first).
	 *
	 * @throws ExportException naming the catalogue and the id when an id is not in it
	 */
	public static ExportSet fromCatalog(final Path catalogDir, final List<String> ids, final ActivitySource lineage)
		throws IOException
	{
		final List<ExportSet.Item> items = new ArrayList<>();
		try (Catalog c = Catalog.open(catalogDir)) {
			for (final String id : ids) {
				final Record r = c.record(id).orElseThrow(() -> new ExportException(catalogDir + ": no record " + id));
				items.add(new ExportSet.Item(r, Path.of(r.location())));
			}
		}
		return new ExportSet(items, activities(items, lineage), agent());
	}

	/** Tessera itself, as the software doing the export. */
	public static SoftwareAgent agent() {
		return new SoftwareAgent("Tessera", org.tessera.meta.Records.version(), System.getProperty("tessera.commit",
			"unknown"), System.getProperty("java.version") + " " + System.getProperty("java.vendor"), System.getProperty(
				"os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"), Map.of());
	}

	private static List<Activity> activities(final List<ExportSet.Item> items, final ActivitySource lineage)
		throws IOException
	{
		final Map<String, Activity> byId = new LinkedHashMap<>();
		for (final ExportSet.Item i : items) {
			for (final Activity a : lineage.lineageOf(i.record().id())) byId.putIfAbsent(a.id(), a);
		}
		final List<Activity> out = new ArrayList<>(byId.values());
		out.sort(java.util.Comparator.comparing(Activity::started, java.util.Comparator.nullsFirst(
			java.util.Comparator.naturalOrder())));
		return out;
	}
}
