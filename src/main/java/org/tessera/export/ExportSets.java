package org.tessera.export;

import org.tessera.index.Catalog;
import org.tessera.lineage.Activity;
import org.tessera.lineage.ActivitySource;
import org.tessera.lineage.Agents;
import org.tessera.lineage.SoftwareAgent;
import org.tessera.meta.Record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ExportSet}s from a catalogue: the stored records of the ids asked for, and their lineage
 * (the transitive history of each record, {@link ActivitySource#upstream}).
 */
public final class ExportSets {

	private ExportSets() {}

	/**
	 * The set of {@code ids} from the catalogue in {@code catalogDir}, with the lineage stored in that
	 * catalogue ({@link Catalog#lineage()}).
	 *
	 * @throws ExportException naming the catalogue and the id when an id is not in it
	 */
	public static ExportSet fromCatalog(final Path catalogDir, final List<String> ids) throws IOException {
		try (Catalog c = Catalog.open(catalogDir)) {
			return fromCatalog(c, catalogDir, ids, c.lineage());
		}
	}

	/**
	 * The set of {@code ids} from the catalogue in {@code catalogDir}, with the activities {@code lineage}
	 * knows upstream of each record (each activity once, oldest first).
	 *
	 * @throws ExportException naming the catalogue and the id when an id is not in it
	 */
	public static ExportSet fromCatalog(final Path catalogDir, final List<String> ids, final ActivitySource lineage)
		throws IOException
	{
		try (Catalog c = Catalog.open(catalogDir)) {
			return fromCatalog(c, catalogDir, ids, lineage);
		}
	}

	/** Tessera itself, as the software doing the export. */
	public static SoftwareAgent agent() {
		return Agents.current(Map.of());
	}

	// -- Helpers --

	private static ExportSet fromCatalog(final Catalog c, final Path catalogDir, final List<String> ids,
		final ActivitySource lineage) throws IOException
	{
		final List<ExportSet.Item> items = new ArrayList<>();
		for (final String id : ids) {
			final Record r = c.record(id).orElseThrow(() -> new ExportException(catalogDir + ": no record " + id));
			items.add(new ExportSet.Item(r, Path.of(r.location())));
		}
		return new ExportSet(items, activities(items, lineage), agent());
	}

	/** NB: oldest first; the walk lists nearest first, and activities shared by records appear once. */
	private static List<Activity> activities(final List<ExportSet.Item> items, final ActivitySource lineage)
		throws IOException
	{
		final Map<String, Activity> byId = new LinkedHashMap<>();
		for (final ExportSet.Item i : items) {
			for (final Activity a : lineage.upstream(i.record().id())) byId.putIfAbsent(a.id(), a);
		}
		final List<Activity> out = new ArrayList<>(byId.values());
		out.sort(Comparator.comparing(Activity::started, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(
			Activity::id));
		return out;
	}
}
