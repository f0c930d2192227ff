package org.tessera.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.index.Catalog;
import org.tessera.lineage.Activity;
import org.tessera.meta.Checksums;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Exports recorded in the catalogue: the export activity is downstream of every exported record, names the
 * package by its manifest's (or the zip's) SHA-256, its target type, options and exporter; the crate holds the
 * lineage up to, not including, its own export; a failed export is recorded as failed.
 */
class RecordedExportTest {

	@TempDir
	Path tmp;

	ExportFixture fixture;

	@BeforeEach
	void fixture() throws IOException {
		fixture = ExportFixture.create(tmp, 2);
	}

	private ExportResult export(final String name, final Path target, final ExportSet set) throws IOException {
		final ExportOptions o = new ExportOptions(Map.of(ExportOptions.TOKEN_FILE, "/secret/token", "publish", "false"),
			Map.of());
		return RecordedExport.run(fixture.catalog(), set, Exporters.byName(name), target.toString(), o, ExportListener.NONE);
	}

	/** The export activities downstream of {@code recordId}. */
	private List<Activity> exports(final String recordId) throws IOException {
		try (Catalog c = Catalog.open(fixture.catalog())) {
			return c.lineage().downstream(recordId).stream().filter(a -> a.type().equals(RecordedExport.TYPE)).toList();
		}
	}

	@Test
	void aCrateDirectoryIsRecordedByItsMetadataChecksum() throws Exception {
		final Path crate = tmp.resolve("out/crate");
		final ExportSet set = fixture.set(2);
		export("rocrate", crate, set);
		for (final String id : fixture.ids()) {
			final List<Activity> found = exports(id);
			assertEquals(1, found.size(), id);
			final Activity a = found.get(0);
			assertEquals(Activity.COMPLETED, a.status());
			assertEquals("sha256:" + Checksums.fileSha256(crate.resolve("ro-crate-metadata.json")), a.outputs().get(0).id());
			assertEquals(PackageEntity.KIND, a.outputs().get(0).kind());
			assertEquals(crate.toString(), a.outputs().get(0).location());
			assertEquals("rocrate", a.parameters().get("target-type"));
			assertEquals("false", a.parameters().get("option.publish"));
			assertFalse(a.parameters().toString().contains("token"), a.parameters().toString());
			assertTrue(a.agent().components().containsKey("exporter.rocrate"));
			assertTrue(a.inputs().stream().anyMatch(e -> e.id().equals(id)));
		}
		final String json = java.nio.file.Files.readString(crate.resolve("ro-crate-metadata.json"));
		assertFalse(json.contains("tessera export"), "the crate holds no export activity, its own included");
		assertEquals(set.activities().size(), CrateChecks.ofType(CrateChecks.check(crate), "CreateAction").stream().filter(
			id -> id.startsWith("urn:uuid:")).count());
	}

	@Test
	void aZipIsRecordedByItsOwnChecksumAndABagByItsManifest() throws Exception {
		final Path zip = tmp.resolve("out/crate.zip"), bag = tmp.resolve("out/bag");
		export("rocrate", zip, fixture.set(1));
		export("bagit", bag, fixture.set(1));
		final List<Activity> found = exports(fixture.ids().get(0));
		assertEquals(List.of("sha256:" + Checksums.fileSha256(zip), "sha256:" + Checksums.fileSha256(bag.resolve(
			"manifest-sha256.txt"))), found.stream().map(a -> a.outputs().get(0).id()).toList());
		assertEquals(java.nio.file.Files.size(zip), found.get(0).outputs().get(0).bytes());
	}

	@Test
	void aFailedExportIsRecordedAsFailed() throws Exception {
		final ExportSet set = fixture.set(2);
		Trees.delete(set.items().get(1).source());
		final ExportException e = assertThrows(ExportException.class, () -> export("bagit", tmp.resolve("bag"), set));
		final List<Activity> found = exports(fixture.ids().get(0));
		assertEquals(1, found.size());
		assertEquals(Activity.FAILED, found.get(0).status());
		assertEquals(e.getMessage(), found.get(0).parameters().get("error"));
		assertEquals(List.of(), found.get(0).outputs());
	}
}
