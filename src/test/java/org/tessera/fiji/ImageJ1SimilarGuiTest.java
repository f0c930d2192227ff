package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.search.TestImages;

/**
 * Plain ImageJ 1 with its GUI on a private Xvfb display, in a child JVM, on {@link SimilarFixture}'s
 * catalogue: {@code macros/find_similar.ijm} (Find Similar..., Ext.getHit, Ext.refine, a selection,
 * Ext.getLineage, Show Lineage...) and {@code macros/export_results.ijm} (Export..., Ext.export) run; the
 * recorder records the three commands run from the menus; the similarity browser shows. The screenshot is
 * saved to {@code target/imagej1-similar.png} for humans.
 */
class ImageJ1SimilarGuiTest extends AbstractImageJ1GuiTest {

	private static Path catalog, query, out;
	private static String best;

	@BeforeAll
	static void runImageJ() throws Exception {
		catalog = SimilarFixture.catalog(dir);
		query = TestImages.write(dir.resolve("query-stripes.zarr"), TestImages.texture(0, 96, 96, 4242));
		out = Files.createDirectories(dir.resolve("out"));
		best = CatalogHits.search(catalog, "path:*c0_0*", 1).field(0, "id");
		session = ImageJ1Session.run(dir, ImageJ1SimilarHarness.class, List.of(catalog.toString(), query.toString(), out
			.toString(), screenshot().toString(), best, Path.of("macros").toAbsolutePath().toString()), Duration.ofSeconds(
				180));
	}

	@Test
	void menuEntriesOnceAndAScreenshot() throws Exception {
		session.assertMenuEntryOnce(FindSimilarCommand.LABEL, "FindSimilarPlugin");
		session.assertMenuEntryOnce(ShowLineageCommand.LABEL, "ShowLineagePlugin");
		session.assertMenuEntryOnce(ExportCommand.LABEL, "ExportPlugin");
		session.assertScreenshot(screenshot());
	}

	@Test
	void findSimilarMacroReadsHitsRefinesSearchesARegionAndGetsLineage() {
		final List<String> log = session.lines("LOG");
		assertEquals("hits=5", log.get(0), session.result()::describe);
		for (int i = 0; i < SimilarFixture.PER_CLASS; i++) {
			final String path = log.get(1 + i).split(" ")[2];
			assertEquals(0, SimilarFixture.label(path), log.get(1 + i));
		}
		assertEquals("refined=5 best stays first=1", log.get(6));
		assertTrue(log.get(7).startsWith("region classical=") && log.get(7).contains("; patch "), log.get(7));
		assertTrue(log.get(8).startsWith("lineage json ") && log.get(8).endsWith(" chars, extract=1"), log.get(8));
		assertTrue(log.get(9).startsWith("picture=Lineage of "), log.get(9));
	}

	@Test
	void exportMacroWritesTheZipAndTheBag() throws Exception {
		final List<String> log = session.lines("LOG");
		final int n = 4 * SimilarFixture.PER_CLASS;
		assertTrue(log.contains("exported " + n + " records to " + out + "/results.zip and " + out + "/bag"), log::toString);
		assertTrue(Files.size(out.resolve("results.zip")) > 0);
		assertTrue(Files.exists(out.resolve("bag/manifest-sha256.txt")));
		assertTrue(log.stream().anyMatch(l -> l.startsWith("Export... ") && l.endsWith(" files to " + out
			+ "/results.zip")), log::toString);
	}

	@Test
	void menuRunsAreRecordedAndTheBrowserShows() {
		session.assertRecorded("run(\"Find Similar...\", \"catalog=" + catalog + " embedder=classical filter=[] k=10\");");
		session.assertRecorded("run(\"Show Lineage...\", \"catalog=" + catalog + " subject=" + best
			+ " format=json direction=both\");");
		session.assertRecorded("run(\"Export...\", \"catalog=" + catalog + " type=rocrate target=" + out
			+ "/recorded from=results records=[] token=[]\");");
		assertTrue(session.lines("BROWSER").stream().anyMatch(t -> t.startsWith(SimilarBrowser.TITLE + ": similar to ")),
			session.result()::describe);
	}

	// -- Helper methods --

	private static Path screenshot() {
		return Path.of("target/imagej1-similar.png").toAbsolutePath();
	}
}
