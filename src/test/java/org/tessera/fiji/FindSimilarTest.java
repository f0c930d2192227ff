package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.FloatProcessor;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
import org.tessera.embed.Plane;
import org.tessera.search.TestImages;

/**
 * "Find Similar..." headless on {@link SimilarFixture}'s textures with the classical embedder: a new
 * texture (as a file, as an ImageJ image, as a selection searching patches) finds its own class first;
 * a filter confines the hits; the browser's model marks, refines, searches with a hit and goes back and
 * forward; {@code Ext.findSimilar}, {@code Ext.getHit} and {@code Ext.refine} in a macro.
 */
class FindSimilarTest {

	@TempDir
	static Path dir;

	private static Context context;
	private static Path catalog;

	@BeforeAll
	static void index() throws Exception {
		context = new Context(CommandService.class, ScriptService.class, ModuleService.class);
		catalog = SimilarFixture.catalog(dir);
	}

	@AfterAll
	static void stop() throws Exception {
		context.dispose();
		final Optional<SimilarBrowserModel> m = SimilarBrowserModel.last();
		if (m.isPresent()) m.get().close();
	}

	@Test
	void commandFindsTheClassOfANewTextureFile() throws Exception {
		final Path query = TestImages.write(dir.resolve("query-speckle.zarr"), TestImages.texture(2, 96, 96, 77));
		final CommandModule m = run(query.toString(), "", 5);
		assertFalse(m.isCanceled(), m::getCancelReason);
		assertEquals(5, m.getOutput("count"));
		final CatalogHits hits = ((FindSimilarCommand) m.getCommand()).model().orElseThrow().hits();
		for (int i = 0; i < SimilarFixture.PER_CLASS; i++) assertEquals(2, SimilarFixture.label(hits.field(i, "path")),
			hits.field(i, "path"));
		assertEquals(hits.field(0, "path"), m.getOutput("firstPath"));
		assertTrue((double) m.getOutput("firstScore") > 0.5, () -> "" + m.getOutput("firstScore"));
		assertTrue(hits.field(0, "explain").startsWith("classical="), hits.field(0, "explain"));
		assertEquals("similar to query-speckle.zarr", hits.query());
	}

	@Test
	void anImageJImageAndItsSelectionFindTheirClass() throws Exception {
		final ImagePlus imp = image(TestImages.texture(0, 96, 96, 99), "stripes");
		try (SimilarBrowserModel m = request("").run("", imp)) {
			assertEquals(0, SimilarFixture.label(m.hits().field(0, "path")));
		}
		imp.setRoi(new Roi(10, 10, SimilarFixture.PATCH, SimilarFixture.PATCH));
		try (SimilarBrowserModel m = request("").run("", imp)) {
			assertEquals("similar to stripes [10,10,48,48]", m.hits().query());
			assertEquals(0, SimilarFixture.label(m.hits().field(0, "path")));
			assertTrue(m.hits().field(0, "explain").contains("; patch "), m.hits().field(0, "explain"));
		}
	}

	@Test
	void filterConfinesTheHits() throws Exception {
		final ImagePlus imp = image(TestImages.texture(0, 96, 96, 5), "stripes");
		try (SimilarBrowserModel m = request("path:*c3_*").run("", imp)) {
			assertEquals(SimilarFixture.PER_CLASS, m.hits().rows().size());
			for (int i = 0; i < SimilarFixture.PER_CLASS; i++) assertEquals(3, SimilarFixture.label(m.hits().field(i,
				"path")));
		}
	}

	@Test
	void browserModelMarksRefinesSearchesWithAHitAndWalksItsHistory() throws Exception {
		try (SimilarBrowserModel m = request("").run("", image(TestImages.texture(1, 96, 96, 8), "checker"))) {
			final List<String> first = ids(m.hits());
			assertFalse(m.canGoBack());
			m.mark(0, Optional.of(true));
			m.mark(first.size() - 1, Optional.of(false));
			assertEquals(Optional.of(true), m.mark(0));
			assertEquals(Optional.of(false), m.mark(first.size() - 1));
			final float before = m.hits().rows().get(0).hit().score();
			final List<String> refined = ids(m.refine());
			assertEquals(first.get(0), refined.get(0), "the + hit stays first");
			assertNotEquals(before, m.hits().rows().get(0).hit().score(), "the query moved");
			final int minus = refined.indexOf(first.get(first.size() - 1));
			assertTrue(minus < 0 || minus == refined.size() - 1, "the − hit does not rise: " + refined);
			final String other = m.hits().field(3, "id");
			assertEquals(other, m.searchWith(3).field(0, "id"), "a hit is most like itself");
			assertEquals(refined, ids(m.back()));
			assertEquals(first, ids(m.back()));
			assertTrue(m.canGoForward());
			assertEquals(refined, ids(m.forward()));
			assertEquals(m.hits(), CatalogHits.last().orElseThrow(), "Ext.getHit reads what the browser shows");
		}
	}

	@Test
	void unknownEmbedderAndNoImageAreNamed() throws Exception {
		final CommandModule m = context.service(CommandService.class).run(FindSimilarCommand.class, true, "catalog", catalog
			.toString(), "image", "", "embedder", "nope", "filter", "", "k", 3).get();
		assertTrue(m.isCanceled());
		// NB: which message comes first depends on whether an earlier test in this JVM left a current image.
		assertTrue(m.getCancelReason().startsWith("no image open") || m.getCancelReason().startsWith(
			"no embedder named 'nope'"), m.getCancelReason());
		final IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new SimilarRequest(
			catalog, "classical", "", 3).run("", null));
		assertTrue(none.getMessage().startsWith("no image open"), none.getMessage());
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimilarRequest(catalog,
			"nope", "", 3).run("", image(TestImages.texture(0, 96, 96, 1), "x")));
		assertTrue(e.getMessage().startsWith("no embedder named 'nope' (known: ["), e.getMessage());
	}

	@Test
	void extFindSimilarGetHitAndRefine() throws Exception {
		final Path query = TestImages.write(dir.resolve("query-blobs.zarr"), TestImages.texture(3, 96, 96, 55));
		final String macro = "call(\"org.tessera.fiji.TesseraMacroExtensions.register\");\n"
			+ "Ext.setCatalog(\"" + catalog + "\");\n"
			+ "n = Ext.findSimilar(getArgument(), \"classical\", 4);\n"
			+ "Ext.getHitCount(count);\n"
			+ "Ext.getHit(0, \"path\", first);\n"
			+ "Ext.getHit(0, \"id\", id0);\n"
			+ "Ext.getHit(3, \"id\", id3);\n"
			+ "m = Ext.refine(id0, id3);\n"
			+ "Ext.getHit(0, \"id\", top);\n"
			+ "return \"n=\" + n + \" count=\" + count + \" m=\" + m + \" same=\" + (top == id0) + \" \" + first;";
		final String out = IJ.runMacro(macro, query.toString());
		assertTrue(out.startsWith("n=4 count=4 m=4 same=1 "), out);
		assertEquals(3, SimilarFixture.label(out.substring(out.lastIndexOf(' ') + 1)), out);
	}

	@ParameterizedTest
	@ValueSource(strings = { "scripts/Find_Similar.groovy", "scripts/Find_Similar.py" })
	void scriptPrintsTheHitsOfAQueryFile(final String script) throws Exception {
		final Path query = TestImages.write(dir.resolve("script-checker.zarr"), TestImages.texture(1, 96, 96, 31));
		final StringWriter out = new StringWriter();
		final ScriptModule m = ScriptsTest.run(context, Path.of(script), out, java.util.Map.of("catalog", catalog.toFile(),
			"image", query.toFile(), "embedder", SimilarFixture.EMBEDDER, "k", 3));
		assertEquals(3, m.getOutput("count"));
		assertEquals(1, SimilarFixture.label((String) m.getOutput("firstPath")));
		final List<String> lines = out.toString().lines().toList();
		assertEquals("hits=3", lines.get(0), out::toString);
		assertTrue(lines.get(1).startsWith(m.getOutput("firstPath") + " / score=") && lines.get(1).contains(" classical="),
			lines.get(1));
	}

	// -- Helper methods --

	private static SimilarRequest request(final String filter) {
		return new SimilarRequest(catalog, SimilarFixture.EMBEDDER, filter, 6);
	}

	private static CommandModule run(final String image, final String filter, final int k) throws Exception {
		return context.service(CommandService.class).run(FindSimilarCommand.class, true, "catalog", catalog.toString(),
			"image", image, "embedder", SimilarFixture.EMBEDDER, "filter", filter, "k", k).get();
	}

	private static ImagePlus image(final Plane p, final String title) {
		return new ImagePlus(title, new FloatProcessor(p.width(), p.height(), p.data().clone()));
	}

	private static List<String> ids(final CatalogHits hits) {
		return hits.rows().stream().map(r -> r.hit().id()).toList();
	}
}
