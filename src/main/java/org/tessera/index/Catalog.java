package org.tessera.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tessera.meta.Record;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only view of one commit of a catalogue: the newest readable one with the current schema
 * (older if the newest is damaged; {@link #warnings()} says so). Thread-safe for searches.
 */
public final class Catalog implements Closeable {

	private final Path where;
	private final Directory dir;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;
	private final List<String> warnings;
	private final Facets facets;
	private final VectorSearches vectors;

	private Catalog(final Path where, final Directory dir, final DirectoryReader reader, final List<String> warnings)
		throws IOException
	{
		this.where = where;
		this.dir = dir;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.warnings = List.copyOf(warnings);
		this.facets = new Facets(reader);
		final Map<String, String> data = reader.getIndexCommit().getUserData();
		this.vectors = new VectorSearches(searcher, where, HeldEmbedders.of(data), "true".equals(data.get(
			VectorSchema.QUANTIZED_KEY)));
	}

	/** The embedded default catalogue: {@code $TESSERA_CATALOG}, else {@code ~/.tessera/catalog}. */
	public static Path defaultLocation() {
		final String env = System.getenv("TESSERA_CATALOG");
		return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tessera",
			"catalog");
	}

	/**
	 * Opens the catalogue in {@code where}.
	 *
	 * @throws CatalogException naming the directory when there is no catalogue, it is damaged beyond
	 * every kept commit, or it has an unknown schema
	 */
	public static Catalog open(final Path where) throws IOException {
		final Directory dir = FSDirectory.open(where);
		try {
			final Commits.Found found = Commits.newest(where, dir);
			return new Catalog(where, dir, DirectoryReader.open(found.commit()), found.warnings());
		}
		catch (final IOException | RuntimeException e) {
			dir.close();
			if (e instanceof CatalogException) throw e;
			throw new CatalogException(where + ": cannot open catalogue: " + e.getMessage(), e);
		}
	}

	/** Where the catalogue lives. */
	public Path location() {
		return where;
	}

	/** Damaged commits skipped on opening; empty for a healthy catalogue. */
	public List<String> warnings() {
		return warnings;
	}

	/** The number of record documents (arrays; activities and patches are not counted). */
	public int size() throws IOException {
		return searcher.count(DocTypes.records());
	}

	/** The embedders whose vectors this catalogue holds, and their dimensions. */
	public Map<String, Integer> embedders() {
		return vectors.held();
	}

	/**
	 * Nearest neighbours of a vector among records or patches, optionally within a metadata filter.
	 *
	 * @throws CatalogException for an embedder the catalogue does not hold or a vector of the wrong dimension
	 * @throws QuerySyntaxException for a filter that does not parse
	 */
	public List<VectorHit> nearest(final VectorQuery q) throws IOException {
		return vectors.run(q);
	}

	/** The stored vector of one patch document of record {@code id} for {@code embedder} (empty when none). */
	public Optional<float[]> patchVector(final String id, final VectorHit.Patch patch, final String embedder)
		throws IOException
	{
		return vectors.patchVector(id, patch, embedder);
	}

	/** Whether this catalogue's vector graphs are quantised (searches then rescore with the raw vectors). */
	public boolean quantized() {
		return vectors.quantized();
	}

	/** The stored vector of record {@code id} for {@code embedder} (empty when it has none). */
	public Optional<float[]> vector(final String id, final String embedder) throws IOException {
		return vectors.vector(id, embedder);
	}

	/** The lineage activities stored in this commit. */
	public CatalogLineage lineage() {
		return new CatalogLineage(searcher);
	}

	/** Runs a query. @throws QuerySyntaxException for a query that does not parse */
	public SearchResult search(final SearchRequest request) throws IOException {
		final Query q = CatalogQueryParser.parseQuery(request.query());
		return new Searches(searcher, facets).run(q, request);
	}

	/** The stored record of {@code id}. */
	public Optional<Record> record(final String id) throws IOException {
		final Optional<Document> d = document(id, CatalogSchema.RECORD);
		return d.isEmpty() ? Optional.empty() : Optional.of(StoredRecord.read(d.get().get(CatalogSchema.RECORD)));
	}

	/** The stored thumbnail PNG of {@code id}, when it has one. */
	public Optional<byte[]> thumbnail(final String id) throws IOException {
		return document(id, CatalogSchema.THUMBNAIL).map(d -> d.getBinaryValue(CatalogSchema.THUMBNAIL))
			.map(b -> java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
	}

	private Optional<Document> document(final String id, final String field) throws IOException {
		final TopDocs td = searcher.search(DocTypes.recordsOnly(new TermQuery(new Term(CatalogSchema.ID, id))), 1);
		if (td.scoreDocs.length == 0) return Optional.empty();
		return Optional.of(searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(field)));
	}

	@Override
	public void close() throws IOException {
		try {
			reader.close();
		}
		finally {
			dir.close();
		}
	}
}
