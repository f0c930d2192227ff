package org.tessera.export;

import org.tessera.index.Catalog;
import org.tessera.index.CatalogWriter;
import org.tessera.index.Indexer;
import org.tessera.index.LineageStore;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;
import org.tessera.lineage.Activity;
import org.tessera.lineage.Entity;
import org.tessera.lineage.Person;
import org.tessera.lineage.SoftwareAgent;
import org.tessera.meta.Record;
import org.tessera.sample.TinyDatasets;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real on-disk catalogue of tiny N5 datasets and a hand-written lineage stored in it (an "extract" activity
 * per record, and before it a "reduce" activity with a model that made the first record's array, plus an
 * "embed" activity downstream of the first record that no export includes): what every export test exports.
 *
 * @param catalog the catalogue directory
 * @param ids the record ids, in path order
 */
public record ExportFixture(Path catalog, List<String> ids) {

	/** The reduce activity's id. */
	static final String REDUCE = "urn:uuid:11111111-0000-0000-0000-000000000001";

	static final String ORCID = "https://orcid.org/0000-0002-1825-0097", MODEL = "ab".repeat(32);

	/** Writes {@code n} datasets into {@code tmp/data} and indexes them into {@code tmp/cat}. */
	public static ExportFixture create(final Path tmp, final int n) throws IOException {
		final Path cat = tmp.resolve("cat");
		TinyDatasets.write(tmp.resolve("data"), n);
		try (CatalogWriter w = CatalogWriter.open(cat)) {
			new Indexer(w, new Indexer.Options(true, false, 100, 10_000, 1), new Indexer.Listener() {}).run(List.of(tmp
				.resolve("data")));
		}
		final List<String> ids = new ArrayList<>();
		final List<Activity> acts = new ArrayList<>();
		try (Catalog c = Catalog.open(cat)) {
			final SearchResult r = c.search(new SearchRequest("*", n, 0, "id", false));
			for (final SearchResult.Hit h : r.hits()) ids.add(h.id());
			for (final String id : ids) acts.add(extract(c.record(id).orElseThrow()));
		}
		acts.add(reduce(acts.get(0).inputs().get(0)));
		acts.add(embed(ids.get(0)));
		try (CatalogWriter w = CatalogWriter.open(cat)) {
			final LineageStore store = LineageStore.batched(w);
			for (final Activity a : acts) store.record(a);
			w.commit();
		}
		return new ExportFixture(cat, List.copyOf(ids));
	}

	/** The export set of the first {@code k} records, with their lineage from the catalogue. */
	public ExportSet set(final int k) throws IOException {
		return ExportSets.fromCatalog(catalog, ids.subList(0, k));
	}

	// -- Lineage --

	static final SoftwareAgent AGENT = new SoftwareAgent("Tessera", "0.1.0", "0123abc", "25", "Linux", Map.of(
		"reader.n5", "0.1.0"));

	private static Activity extract(final Record r) {
		final Entity in = new Entity("array-sha256:" + r.checksums().arraySha256(), "array", r.location() + "#" + r
			.array(), 2048), out = new Entity(r.id(), "record", r.location(), -1);
		return new Activity("urn:uuid:00000000-0000-0000-0000-" + r.checksums().arraySha256().substring(0, 12), "extract",
			Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:06Z"), Activity.COMPLETED, List.of(in),
			List.of(out), Map.of("hash", "true"), AGENT, new Person("Ada Lovelace", ORCID));
	}

	/** The step before the first extract: a model made the first record's array from a raw file. */
	private static Activity reduce(final Entity array) {
		final SoftwareAgent agent = new SoftwareAgent("Tessera", "0.1.0", "0123abc", "25", "Linux", Map.of(
			"reducer.denoise", "1", "model.sha256", MODEL));
		return new Activity(REDUCE, "reduce", Instant.parse("2026-01-01T04:00:00Z"), Instant.parse("2026-01-01T04:00:01Z"),
			Activity.COMPLETED, List.of(new Entity("sha256:" + "cd".repeat(32), "file", "/raw/scan.raw", 4096)), List.of(
				array), Map.of("denoise", "tiny"), agent, new Person("bob", null));
	}

	private static Activity embed(final String id) {
		final SoftwareAgent agent = new SoftwareAgent("Tessera", "0.1.0", "0123abc", "25", "Linux", Map.of(
			"embedder.tiny", "1", "model.sha256", MODEL));
		return new Activity("urn:uuid:22222222-0000-0000-0000-000000000002", "embed", Instant.parse(
			"2026-01-02T04:00:00Z"), Instant.parse("2026-01-02T04:00:01Z"), Activity.COMPLETED, List.of(new Entity(id,
				"record", "catalog", -1)), List.of(new Entity("sha256:" + "ef".repeat(32), "vectors", "catalog#vectors",
					256)), Map.of("embedder", "tiny"), agent, new Person("bob", null));
	}
}
