package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain ImageJ 1 with its GUI on a private Xvfb display, in a child JVM: {@code macros/search_catalog.ijm}
 * runs "Index Folder..." and "Search Catalog..." on {@link CatalogFixture} and reads the hits with
 * {@code Ext.*}; the recorder records both commands run from the menus; a double-click on the results
 * table opens a dataset. The screenshot is saved to {@code target/imagej1-search.png} for humans.
 */
class ImageJ1SearchGuiTest extends AbstractImageJ1GuiTest {

	private static Path data, catalog;
	private static ChildJvm.Result result;

	@BeforeAll
	static void runImageJ() throws Exception {
		data = CatalogFixture.folder(dir);
		catalog = dir.resolve("catalog");
		final String arg = data + "|" + catalog + "|format:zarr";
		session = ImageJ1Session.run(dir, ImageJ1SearchHarness.class, List.of(Path.of("macros/search_catalog.ijm")
			.toAbsolutePath().toString(), arg, screenshot().toString(), data.toString(), dir.resolve("recorded-catalog")
				.toString()), Duration.ofSeconds(180));
		result = session.result();
	}

	@Test
	void bothMenuEntriesOnceAndAScreenshot() throws Exception {
		session.assertMenuEntryOnce("Index Folder...", "IndexFolderPlugin");
		session.assertMenuEntryOnce("Search Catalog...", "SearchCatalogPlugin");
		session.assertScreenshot(screenshot());
	}

	@Test
	void macroIndexesSearchesAndReadsHitsWithExt() throws Exception {
		final List<String> log = log();
		final int datasets = CatalogFixture.datasets(data).size(), zarr = CatalogFixture.arrays(data, "zarr");
		final Path broken = data.resolve(CatalogFixture.BROKEN);
		assertEquals("Index Folder... " + data + " -> " + catalog, log.get(0), result::describe);
		assertEquals("indexed " + datasets + ", skipped 0, removed 0, failed 1", log.get(1), result::describe);
		assertTrue(log.get(2).startsWith("failed: " + broken + ": " + broken), log.get(2));
		assertEquals("hits=" + Math.min(zarr, 10), log.get(3), result::describe);
		for (int i = 0; i < Math.min(zarr, 10); i++) {
			assertTrue(log.get(4 + i).startsWith("hit " + i + " " + data.resolve("sample")) && log.get(4 + i).endsWith(
				" format=zarr"), log.get(4 + i));
		}
		final int all = zarr + CatalogFixture.arrays(data, "n5") + CatalogFixture.arrays(data, "dm");
		assertEquals("all=" + all, log.get(4 + Math.min(zarr, 10)), result::describe);
		assertTrue(log.get(5 + Math.min(zarr, 10)).startsWith("opened="), result::describe);
	}

	@Test
	void menuRunsAreRecordedAsRunLines() {
		session.assertRecorded("run(\"Index Folder...\", \"folder=" + data + " catalog=" + dir.resolve("recorded-catalog")
			+ " embedders=[] patches=0\");");
		session.assertRecorded("run(\"Search Catalog...\", \"catalog=" + dir.resolve("recorded-catalog")
			+ " query=format:zarr k=10\");");
	}

	@Test
	void doubleClickOnATableRowOpensTheHit() {
		assertTrue(result.stdout().lines().anyMatch(l -> l.startsWith("TABLE rows=") && !l.equals("TABLE rows=0")),
			result::describe);
		final String opened = result.stdout().lines().filter(l -> l.startsWith("OPENED ")).findFirst().orElse("");
		assertTrue(opened.length() > "OPENED ".length() && !opened.equals("OPENED (nothing)"), result::describe);
	}

	// -- Helper methods --

	private static List<String> log() {
		return session.lines("LOG");
	}

	private static Path screenshot() {
		return Path.of("target/imagej1-search.png").toAbsolutePath();
	}
}
