package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.tessera.index.CatalogSchema.*;

/**
 * What the catalogue already holds per dataset: the stamp it was indexed with, its record ids, and the
 * embedding settings its records were vectorised under ({@link VectorSchema#SETTINGS}; "" for none).
 */
record IndexedFiles(Map<String, FileStamp> stamps, Map<String, Set<String>> ids, Map<String, String> settings) {

	private static final Set<String> FIELDS = Set.of(FILE, FILE_SIZE, FILE_MTIME, ID, VectorSchema.SETTINGS);

	/** Whether {@code file} was indexed under {@code wanted} settings (always, when none are wanted). */
	boolean sameSettings(final String file, final String wanted) {
		return wanted.isEmpty() || wanted.equals(settings.getOrDefault(file, ""));
	}

	/** Reads every live document's file stamp and id. */
	static IndexedFiles of(final DirectoryReader reader) throws IOException {
		final Map<String, FileStamp> stamps = new HashMap<>();
		final Map<String, Set<String>> ids = new HashMap<>();
		final Map<String, String> settings = new HashMap<>();
		for (final LeafReaderContext ctx : reader.leaves()) {
			final LeafReader leaf = ctx.reader();
			final Bits live = leaf.getLiveDocs();
			final StoredFields sf = leaf.storedFields();
			for (int i = 0; i < leaf.maxDoc(); i++) {
				if (live != null && !live.get(i)) continue;
				final Document d = sf.document(i, FIELDS);
				final String file = d.get(FILE);
				if (file == null) continue; // NB: activities and other non-dataset documents
				stamps.put(file, new FileStamp(file, d.getField(FILE_SIZE).numericValue().longValue(),
					d.getField(FILE_MTIME).numericValue().longValue()));
				ids.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(d.get(ID));
				final String s = d.get(VectorSchema.SETTINGS);
				if (s != null) settings.put(file, s);
			}
		}
		return new IndexedFiles(stamps, ids, settings);
	}
}
