package org.tessera.index;

import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the newest commit of a catalogue that reads and carries the current schema, noting every
 * newer commit that is damaged. NB: Lucene's own listCommits gives up on the first damaged
 * segments file; this reads them one by one, newest first.
 */
final class Commits {

	/** A usable commit and what was wrong with the newer ones (empty when the newest was fine). */
	record Found(IndexCommit commit, List<String> damaged, List<String> warnings) {}

	private Commits() {}

	/**
	 * The newest readable commit in {@code dir}.
	 *
	 * @throws CatalogException when there is no catalogue, none of its commits reads, or its schema is unknown
	 */
	static Found newest(final Path where, final Directory dir) throws IOException {
		final List<String> names = segmentsFiles(dir);
		if (names.isEmpty()) throw new CatalogException(where + ": no catalogue here (run 'tessera index' first)");
		final List<String> damaged = new ArrayList<>(), warnings = new ArrayList<>();
		for (final String name : names) {
			final SegmentInfos sis;
			try {
				sis = SegmentInfos.readCommit(dir, name);
			}
			catch (final IOException e) {
				damaged.add(name);
				warnings.add(where + ": commit " + name + " is damaged (" + e.getMessage() + ")");
				continue;
			}
			checkSchema(where, sis.getUserData());
			if (!damaged.isEmpty()) warnings.add(where + ": using the last good commit " + name);
			return new Found(new Commit(dir, name, sis), damaged, warnings);
		}
		throw new CatalogException(where + ": catalogue is damaged: none of its commits " + names + " can be read ("
			+ String.join("; ", warnings) + ")");
	}

	/** The segments_N files, newest first. */
	static List<String> segmentsFiles(final Directory dir) throws IOException {
		final List<String> out = new ArrayList<>();
		for (final String f : dir.listAll()) {
			if (f.startsWith("segments_")) out.add(f);
		}
		out.sort(Comparator.comparingLong(SegmentInfos::generationFromSegmentsFileName).reversed());
		return out;
	}

	static void checkSchema(final Path where, final Map<String, String> userData) throws CatalogException {
		final String schema = userData.get(CatalogSchema.SCHEMA_KEY);
		if (!CatalogSchema.NAME.equals(schema)) {
			throw new CatalogException(where + ": unknown catalogue schema '" + schema + "' (this Tessera reads '"
				+ CatalogSchema.NAME + "'; re-index into a new catalogue)");
		}
	}

	/** A commit point read from one segments file. */
	private static final class Commit extends IndexCommit {

		private final Directory dir;
		private final String name;
		private final SegmentInfos sis;

		Commit(final Directory dir, final String name, final SegmentInfos sis) {
			this.dir = dir;
			this.name = name;
			this.sis = sis;
		}

		@Override public String getSegmentsFileName() { return name; }
		@Override public Collection<String> getFileNames() throws IOException { return sis.files(true); }
		@Override public Directory getDirectory() { return dir; }
		@Override public void delete() { throw new UnsupportedOperationException("read-only commit"); }
		@Override public boolean isDeleted() { return false; }
		@Override public int getSegmentCount() { return sis.size(); }
		@Override public long getGeneration() { return sis.getGeneration(); }
		@Override public Map<String, String> getUserData() { return sis.getUserData(); }
	}
}
