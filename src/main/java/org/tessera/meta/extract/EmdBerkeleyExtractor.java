package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Trees;
import org.tessera.meta.Units;

import java.io.IOException;
import java.util.Map;

/**
 * {@code "emd-berkeley"}: the EMD v0.2 groups {@code user} (name → creators, institution → publisher),
 * {@code microscope} (name, voltage such as "300 kV"), {@code sample} (material → sample, preparation →
 * descriptions) and {@code comments} (every attribute → descriptions). Pixel sizes come from the
 * {@code dim} datasets through the reader's axes. Empty attributes (the EMD default) mean unknown.
 */
public final class EmdBerkeleyExtractor extends FormatExtractor {

	public EmdBerkeleyExtractor() {
		super("emd-berkeley", "emd-berkeley");
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		final Map<String, Object> groups = Trees.map(c.metadata(), "groups");
		final DataCiteBuilder d = r.editDatacite();
		Trees.text(groups.get("user"), "name").ifPresent(n -> DataCiteBuilder.add(d.creators, n));
		Trees.text(groups.get("user"), "institution").ifPresent(n -> d.publisher = n);
		Trees.text(groups.get("microscope"), "name").ifPresent(n -> r.editInstrument().microscope = n);
		Trees.text(groups.get("microscope"), "voltage").map(v -> Units.parse(v, Units.Kind.VOLTAGE))
			.ifPresent(q -> r.editInstrument().beamEnergy = q);
		Trees.text(groups.get("sample"), "material").ifPresent(r::sample);
		Trees.text(groups.get("sample"), "preparation").ifPresent(p -> DataCiteBuilder.add(d.descriptions, p));
		if (groups.get("comments") instanceof Map<?, ?> m) {
			for (final Object v : m.values()) DataCiteBuilder.add(d.descriptions, v == null ? null : v.toString());
		}
		if (a != null) {
			// NB: hyperspy names an unnamed signal "__unnamed__": that is no title.
			final String[] parts = a.name().split("/");
			if (parts.length >= 2 && !parts[parts.length - 2].equals("__unnamed__")) d.title(parts[parts.length - 2]);
		}
	}
}
