package org.tessera.meta.extract;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.meta.DataCiteBuilder;
import org.tessera.meta.RecordBuilder;
import org.tessera.meta.Trees;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code "hdf5"} and {@code "n5"}: plain HDF5 files and N5 containers carry no schema, only
 * attributes; this takes a title ({@code title}, {@code TITLE}, {@code long_name}, {@code name}) and a
 * description ({@code description}, {@code comment}) from the array's attributes, then the container's.
 * Pixel sizes come from the reader's axes (N5 {@code pixelResolution}/{@code resolution}).
 */
public class AttributeTitleExtractor extends FormatExtractor {

	private static final List<String> TITLES = List.of("title", "TITLE", "Title", "long_name", "name");
	private static final List<String> DESCRIPTIONS = List.of("description", "Description", "comment", "comments");

	AttributeTitleExtractor(final String name, final String format) {
		super(name, format);
	}

	@Override
	public void extract(final Container c, final ChunkedArray a, final RecordBuilder r) throws IOException {
		final DataCiteBuilder d = r.editDatacite();
		final Map<String, Object> root = Trees.map(c.metadata(), "attributes");
		for (final Map<String, Object> attrs : a == null ? List.of(root) : List.of(a.attributes(), root)) {
			TITLES.stream().flatMap(k -> Trees.text(attrs, k).stream()).findFirst().ifPresent(d::title);
			DESCRIPTIONS.forEach(k -> Trees.text(attrs, k).ifPresent(v -> DataCiteBuilder.add(d.descriptions, v)));
		}
	}

	/** The {@code "hdf5"} extractor. */
	public static final class Hdf5 extends AttributeTitleExtractor {
		public Hdf5() {
			super("hdf5", "hdf5");
		}
	}

	/** The {@code "n5"} extractor. */
	public static final class N5 extends AttributeTitleExtractor {
		public N5() {
			super("n5", "n5");
		}
	}
}
