package org.tessera.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The only writer of a catalogue: replaces all documents of a dataset at once, removes datasets,
 * and commits atomically (the schema name goes into every commit). A damaged newest commit is moved
 * aside ({@code damaged-segments_N}) and writing resumes from the last good one. One writer per
 * catalogue at a time (Lucene's lock file).
 */
public final class CatalogWriter implements Closeable {

	private final Path where;
	private final Directory dir;
	private final IndexWriter writer;
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, String> userData = new java.util.TreeMap<>();

	private CatalogWriter(final Path where) throws IOException {
		this.where = where;
		Files.createDirectories(where);
		dir = FSDirectory.open(where);
		if (!Commits.segmentsFiles(dir).isEmpty()) setAsideDamaged();
		final IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setIndexDeletionPolicy(new KeepLastCommits(2))
			.setRAMBufferSizeMB(64).setCodec(CatalogCodec.of(false));
		writer = new IndexWriter(dir, cfg);
		writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
		userData.put(CatalogSchema.SCHEMA_KEY, CatalogSchema.NAME);
		// NB: set once: a commit without changes is then skipped (so closing adds no duplicate commit).
		writer.setLiveCommitData(Map.copyOf(userData).entrySet());
	}

	/** Opens (or creates) the catalogue in {@code dir}. */
	public static CatalogWriter open(final Path dir) throws IOException {
		return new CatalogWriter(dir);
	}

	/** What was wrong with the catalogue on opening (damaged commits set aside). */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	/** The embedders whose vectors this catalogue holds, and their dimensions. */
	public synchronized Map<String, Integer> embedders() {
		return HeldEmbedders.of(userData);
	}

	/**
	 * Records that {@code name} writes {@code dimension}-d vectors (in the next commit).
	 *
	 * @throws CatalogException naming the catalogue, the embedder and both dimensions when it already
	 * holds vectors of another dimension for that name
	 */
	public synchronized void declareEmbedder(final String name, final int dimension) throws CatalogException {
		HeldEmbedders.check(where, embedders(), name, dimension);
		if (userData.put(VectorSchema.EMBEDDER_KEY + name, Integer.toString(dimension)) == null) {
			writer.setLiveCommitData(Map.copyOf(userData).entrySet());
		}
	}

	/** Replaces every document of {@code file} by {@code docs}, atomically (one block). */
	public void replace(final String file, final List<Document> docs) throws IOException {
		writer.updateDocuments(new Term(CatalogSchema.FILE, file), docs);
	}

	/** Removes every document of {@code file}. */
	public void remove(final String file) throws IOException {
		writer.deleteDocuments(new Term(CatalogSchema.FILE, file));
	}

	/** Adds {@code doc}, replacing any document with term {@code id} (activities, which have no dataset). */
	void update(final Term id, final Document doc) throws IOException {
		writer.updateDocument(id, doc);
	}

	/** Makes everything so far durable and visible, at once. */
	public void commit() throws IOException {
		writer.commit();
	}

	/** A near-real-time reader of what was written so far (committed or not). */
	DirectoryReader reader() throws IOException {
		return DirectoryReader.open(writer);
	}

	/** The generation of the last commit ({@code segments_N}: N), 0 before the first. */
	public long generation() throws IOException {
		return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(dir);
	}

	/** Where the catalogue lives. */
	public Path location() {
		return where;
	}

	/** Commits and closes. */
	@Override
	public void close() throws IOException {
		try {
			commit();
		}
		finally {
			writer.close();
			dir.close();
		}
	}

	private void setAsideDamaged() throws IOException {
		final Commits.Found found = Commits.newest(where, dir);
		warnings.addAll(found.warnings());
		for (final String name : found.damaged()) dir.rename(name, "damaged-" + name);
		if (!found.damaged().isEmpty()) dir.syncMetaData();
	}
}
