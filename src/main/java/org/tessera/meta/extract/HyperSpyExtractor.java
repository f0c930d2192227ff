package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Records;
import org.tessera.meta.Trees;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code "hyperspy"}: HyperSpy's own files, {@code .hspy} (HDF5) and {@code .zspy} (Zarr), read through
 * {@link HyperSpyTree}. {@code General.title} → title, {@code General.date/time/time_zone} → acquired,
 * {@code General.authors} → creators, {@code Sample.description} → sample, {@code Sample.elements} and
 * {@code Signal.signal_type/quantity} → subjects (the signal type, else the acquisition mode, is the
 * specific resource type), {@code Acquisition_instrument} → instrument ({@link HyperSpyInstrument}), and
 * the {@code axis-<i>} groups → axes and pixel size.
 */
public final class HyperSpyExtractor extends FormatExtractor {

	public HyperSpyExtractor() {
		super("hyperspy", "zarr", "hdf5");
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		final Optional<HyperSpyTree> found = HyperSpyTree.of(c, a);
		if (found.isEmpty()) return;
		final Map<String, Object> m = found.get().metadata();
		HyperSpyInstrument.extract(m, r.editInstrument());
		general(m, r);
		if (!found.get().axes().isEmpty()) r.axes(found.get().axes()).pixelSize(Records.pixelSize(found.get().axes()));
	}

	// -- Helper methods --

	private static void general(final Map<String, Object> m, final RecordBuilder r) {
		final DataCiteBuilder d = r.editDatacite();
		Trees.text(m, "General.title").ifPresent(d::title);
		texts(m, "General.authors").forEach(t -> DataCiteBuilder.add(d.creators, t));
		Trees.text(m, "General.date").ifPresent(date -> r.acquired(acquired(date, Trees.text(m, "General.time").orElse(null),
			Trees.text(m, "General.time_zone").orElse(null))));
		Trees.text(m, "Sample.description").ifPresent(r::sample);
		texts(m, "Sample.elements").forEach(e -> DataCiteBuilder.add(d.subjects, e));
		final Optional<String> type = Trees.text(m, "Signal.signal_type");
		type.ifPresent(t -> DataCiteBuilder.add(d.subjects, t));
		Trees.text(m, "Signal.quantity").ifPresent(q -> DataCiteBuilder.add(d.subjects, q));
		final String specific = type.orElse(r.editInstrument().mode);
		if (specific != null && d.resourceType != null && !d.resourceType.contains("/")) d.resourceType += "/" + specific;
	}

	/** A text or a list of texts. */
	private static List<String> texts(final Map<String, Object> m, final String path) {
		final Object v = Trees.get(m, path).orElse(List.of());
		return v instanceof List<?> l ? l.stream().map(Object::toString).toList() : Trees.text(m, path).stream().toList();
	}

	/**
	 * ISO 8601: the date, the time when known, and the offset when the zone is one {@link ZoneId} knows
	 * ({@code "UTC"}, {@code "Europe/Berlin"}, {@code "+02:00"}).
	 * NB: text that is no ISO date or time (or an unknown zone) is kept as written rather than guessed.
	 */
	static String acquired(final String date, final String time, final String zone) {
		if (time == null) return date;
		try {
			final var local = LocalDate.parse(date).atTime(LocalTime.parse(time));
			return zone == null ? local.toString() : local.atZone(ZoneId.of(zone)).toOffsetDateTime().toString();
		}
		catch (final DateTimeException e) {
			return date + "T" + time;
		}
	}
}
