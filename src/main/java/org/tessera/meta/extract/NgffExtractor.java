package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Trees;

import java.io.IOException;
import java.util.List;

/**
 * {@code "ngff"}: OME-Zarr. The multiscale image's name → title (for the arrays of its levels),
 * omero channel labels → subjects. Axes, units and pixel sizes come from the reader's multiscale
 * axes (the generic part normalises them).
 */
public final class NgffExtractor extends FormatExtractor {

	public NgffExtractor() {
		super("ngff", "zarr");
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		final DataCiteBuilder d = r.editDatacite();
		for (final Multiscale m : c.multiscales()) {
			if (a == null || m.levels().contains(a.name())) {
				d.title(m.name());
				break;
			}
		}
		if (c.metadata().get("omero") instanceof List<?> l) {
			for (final Object entry : l) {
				for (final Object ch : Trees.get(entry, "omero.channels").filter(List.class::isInstance).map(List.class::cast).orElse(List.of())) {
					Trees.text(ch, "label").ifPresent(s -> DataCiteBuilder.add(d.subjects, s));
				}
			}
		}
	}
}
