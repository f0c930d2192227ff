package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.tessera.index.Catalog;

/**
 * "Index Folder..." and "Search Catalog..." headless through SciJava, the search scripts, the
 * results table and thumbnails, and the {@code Ext.tessera*} search functions, on a catalogue
 * built from {@link CatalogFixture}: counts agree with what the readers see, fields with truth.json.
 */
class CatalogFijiCommandsTest {

	@TempDir
	static Path dir;

	/** The DM3's image (its first array, image0, is the file's own small RGB thumbnail). */
	private static final String DM_IMAGE = "format:dm AND array:image1";

	private static Context context;
	private static Path data, catalog;
	private static String firstSummary;

	@BeforeAll
	static void indexOnce() throws Exception {
		context = new Context(ScriptService.class, ModuleService.class, CommandService.class);
		data = CatalogFixture.folder(dir);
		catalog = dir.resolve("catalog");
		firstSummary = (String) index(data).getOutput("summary");
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	// -- Index Folder... --

	@Test
	void indexFolderListsCountsAndEveryFailureWithItsReason() throws Exception {
		final int n = CatalogFixture.datasets(data).size();
		final List<String> lines = firstSummary.lines().toList();
		assertEquals("Index Folder... " + data + " -> " + catalog, lines.get(0));
		assertEquals("indexed " + n + ", skipped 0, removed 0, failed 1", lines.get(1), firstSummary);
		final String failed = "failed: " + data.resolve(CatalogFixture.BROKEN) + ": " + data.resolve(CatalogFixture.BROKEN);
		assertTrue(lines.get(2).startsWith(failed) && lines.get(2).contains("not a dataset in any known format"), lines.get(2));
		assertEquals(3, lines.size(), firstSummary);
	}

	@Test
	void indexFolderWithEmbeddersMakesVectorsAndPatches() throws Exception {
		final Path tiny = dir.resolve("tiny-vectors"), cat = dir.resolve("vector-catalog");
		org.tessera.sample.TinyDatasets.write(tiny, 3);
		final CommandModule m = context.service(CommandService.class).run(IndexFolderCommand.class, true, "folder", tiny
			.toFile(), "catalog", cat.toString(), "prune", false, "hash", true, "embedders", "classical", "patches", 0).get();
		assertFalse(m.isCanceled(), m.getCancelReason());
		try (Catalog c = Catalog.open(cat)) {
			assertEquals(List.of("classical"), List.copyOf(c.embedders().keySet()));
			assertEquals(64, c.embedders().get("classical"));
		}
		assertEquals(List.of("classical", "wallpaper"), IndexRequest.embedderList(" classical, wallpaper "));
		assertEquals(List.of(), IndexRequest.embedderList(""));
	}

	@Test
	void cancelKeepsWhatWasIndexedAndTheNextRunResumes() throws Exception {
		final Path tiny = dir.resolve("tiny"), cat = dir.resolve("cancel-catalog");
		org.tessera.sample.TinyDatasets.write(tiny, 8);
		final int[] calls = { 0 };
		final IndexSummary canceled = new IndexRequest(tiny, cat, false, false).run(() -> true, (d, t) -> calls[0]++);
		assertTrue(canceled.canceled());
		assertEquals(List.of(1, 8, 1), List.of(canceled.done(), canceled.total(), calls[0]));
		assertEquals("canceled after 1 of 8 datasets; the catalogue keeps the datasets handled so far",
			canceled.lines().get(1));
		try (Catalog c = Catalog.open(cat)) {
			assertEquals(1, c.size(), "the dataset handled before Esc is committed");
		}
		final IndexSummary rest = new IndexRequest(tiny, cat, false, false).run(() -> false, (d, t) -> {});
		assertEquals("indexed 7, skipped 1, removed 0, failed 0", rest.lines().get(1));
	}

	@Test
	void canceledRunStillListsTheDatasetsThatFailedBeforeEsc() throws Exception {
		final Path tiny = dir.resolve("tiny-broken"), cat = dir.resolve("cancel-broken-catalog");
		org.tessera.sample.TinyDatasets.write(tiny, 4);
		final Path broken = tiny.resolve("0-broken.h5");
		java.nio.file.Files.write(broken, new byte[] { 1, 2, 3, 4 });
		final IndexSummary s = new IndexRequest(tiny, cat, false, false).run(() -> true, (d, t) -> {});
		assertTrue(s.canceled());
		assertEquals("canceled after 1 of 5 datasets; the catalogue keeps the datasets handled so far", s.lines().get(1));
		assertTrue(s.lines().get(2).startsWith("failed: " + broken + ": " + broken), s.lines().get(2));
		assertEquals(3, s.lines().size(), s.lines()::toString);
	}

	// -- Search Catalog... --

	@Test
	void searchCommandFindsEveryZarrArray() throws Exception {
		final int zarr = CatalogFixture.arrays(data, "zarr");
		assertTrue(zarr >= 2, "fixture has zarr arrays: " + zarr);
		final CommandModule m = search("format:zarr", 100);
		assertEquals(zarr, m.getOutput("count"));
		assertEquals((long) zarr, m.getOutput("total"));
		final CatalogHits hits = ((SearchCatalogCommand) m.getCommand()).hits().orElseThrow();
		for (int i = 0; i < zarr; i++) {
			assertTrue(hits.field(i, "path").startsWith(data.resolve("sample").toString()), hits.field(i, "path"));
			assertEquals("zarr", hits.field(i, "format"));
		}
		assertEquals(hits.field(0, "path"), m.getOutput("firstPath"));
		assertEquals(2, ((CommandModule) search("format:zarr", 2)).getOutput("count"));
	}

	@Test
	void hitFieldsOfTheRealDm3EqualTruth() throws Exception {
		final CatalogHits hits = CatalogHits.search(catalog, DM_IMAGE, 10);
		assertEquals(1, hits.rows().size());
		assertEquals(data.resolve(CatalogFixture.DM).toString(), hits.field(0, "path"));
		assertEquals("200", hits.field(0, "beamEnergy"));
		assertEquals("FEI Titan", hits.field(0, "microscope"));
		assertEquals("135", hits.field(0, "instrument.cameraLength.value"));
		assertEquals("68,68", hits.field(0, "shape"));
		assertTrue(hits.field(0, "acquired").startsWith("2016-08-08T16:26:37"), hits.field(0, "acquired"));
		assertEquals(hits.rows().get(0).record().orElseThrow().id(), hits.field(0, "id"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> hits.field(0, "colour"));
		assertTrue(e.getMessage().startsWith("no hit field 'colour' (fields: path, array, score"), e.getMessage());
		final ImagePlus imp = hits.open(0, 4096, 4096);
		assertEquals(List.of(68, 68, 1), List.of(imp.getWidth(), imp.getHeight(), imp.getStackSize()));
	}

	@Test
	void tableAndThumbnailsHaveOneRowAndSlicePerHit() throws Exception {
		final CatalogHits hits = CatalogHits.search(catalog, "", 50);
		final int n = hits.rows().size();
		assertEquals(hits.total(), n, "k=50 keeps every array");
		final ResultsTable t = SearchTable.of(hits);
		assertEquals(n, t.size());
		for (final String c : List.of("id", "path", "array", "format", "beamEnergy")) assertTrue(t.columnExists(c), c);
		assertEquals(hits.field(n - 1, "path"), t.getStringValue("path", n - 1));
		final ImagePlus stack = ThumbnailStack.of(hits).orElseThrow();
		assertEquals(n, stack.getStackSize());
		assertEquals(hits.field(0, "id"), stack.getStack().getSliceLabel(1));
		assertTrue(stack.getWidth() <= 256 && stack.getHeight() <= 256, stack.getWidth() + "x" + stack.getHeight());
		assertTrue(stack.getStack().getProcessor(1).getStatistics().max > 0, "first thumbnail is not black");
	}

	@Test
	void badQueryCancelsWithTheParsersMessage() throws Exception {
		final CommandModule m = search("detector:HAADF AND (format:zarr", 5);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("query syntax error at column "), m.getCancelReason());
	}

	// -- Scripts and Ext.* --

	@ParameterizedTest
	@ValueSource(strings = { "scripts/Search_Catalog.groovy", "scripts/Search_Catalog.py" })
	void scriptPrintsHitCountAndFirstPath(final String script) throws Exception {
		final StringWriter out = new StringWriter();
		final ScriptModule m = ScriptsTest.run(context, Path.of(script), out, Map.of("catalog", catalog.toFile(), "query",
			DM_IMAGE));
		assertEquals(1, m.getOutput("count"));
		assertEquals(data.resolve(CatalogFixture.DM).toString(), m.getOutput("firstPath"));
		assertTrue(out.toString().contains("hits=1 total=1\n" + data.resolve(CatalogFixture.DM) + " image1 format=dm beamEnergy=200"),
			out.toString());
	}

	@Test
	void extFunctionsSearchReadFieldsAndOpenAHit() {
		final String macro = "call(\"org.tessera.fiji.TesseraMacroExtensions.register\");\n"
			+ "n = Ext.tesseraSearch(getArgument(), \"format:dm AND array:image1\", 5);\n"
			+ "kv = Ext.tesseraHitField(0, \"beamEnergy\");\n"
			+ "title = Ext.tesseraOpenHit(0);\n"
			+ "return \"n=\" + n + \" count=\" + Ext.tesseraHitCount() + \" kv=\" + kv + \" size=\" + getWidth() + \"x\" + getHeight();";
		assertEquals("n=1 count=1 kv=200 size=68x68", IJ.runMacro(macro, catalog.toString()));
		assertFalse(CatalogHits.last().isEmpty());
	}

	// -- Helper methods --

	private static CommandModule index(final Path folder) throws Exception {
		return context.service(CommandService.class).run(IndexFolderCommand.class, true, "folder", folder.toFile(),
			"catalog", catalog.toString(), "prune", false, "hash", true).get();
	}

	private static CommandModule search(final String query, final int k) throws Exception {
		return context.service(CommandService.class).run(SearchCatalogCommand.class, true, "catalog", catalog.toString(),
			"query", query, "k", k).get();
	}
}
