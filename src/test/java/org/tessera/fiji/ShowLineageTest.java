package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ij.ImagePlus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.tessera.fiji.LineageLookup.Direction;
import org.tessera.lineage.Activity;
import org.tessera.meta.Checksums;

/**
 * "Show Lineage..." headless through SciJava on an indexed folder ({@link LineageFixture}): the DM3's
 * lineage is the indexer's extract (the file, by its SHA-256, to the records) and index activities, as
 * PROV-JSON and DOT; the same from a record id, from an image opened from the catalogue, and drawn as a
 * picture with Graphviz and with Java2D.
 */
class ShowLineageTest {

	@TempDir
	static Path dir;

	private static Context context;
	private static Path catalog;
	private static String dmSha, imageRecord;

	@BeforeAll
	static void index() throws Exception {
		context = new Context(CommandService.class);
		catalog = LineageFixture.catalog(dir);
		dmSha = "sha256:" + Checksums.fileSha256(LineageFixture.dm(dir));
		imageRecord = CatalogHits.search(catalog, "format:dm AND array:image1", 1).field(0, "id");
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void commandGivesTheExtractAndIndexActivitiesOfAPathAsProvJson() throws Exception {
		final CommandModule m = run(LineageFixture.dm(dir).toString(), "json", "both");
		assertFalse(m.isCanceled(), m::getCancelReason);
		assertEquals(2, m.getOutput("activities"));
		final JsonNode prov = new ObjectMapper().readTree((String) m.getOutput("text"));
		final List<String> types = prov.get("activity").valueStream().map(a -> a.get("prov:type").asText()).sorted()
			.toList();
		assertEquals(List.of("tessera:extract", "tessera:index"), types);
		assertEquals("tessera:file", prov.get("entity").get(dmSha).get("prov:type").asText(), prov::toPrettyString);
		assertTrue(prov.get("entity").has(imageRecord) || prov.get("entity").has("tessera:" + imageRecord), prov
			::toPrettyString);
	}

	@Test
	void upstreamOfARecordIsItsExtractAsDot() throws Exception {
		final CommandModule m = run(imageRecord, "dot", "upstream");
		assertEquals(1, m.getOutput("activities"));
		final String dot = (String) m.getOutput("text");
		assertTrue(dot.startsWith("digraph lineage {"), dot);
		assertTrue(dot.contains("\"" + dmSha + "\" -> "), dot);
		assertFalse(dot.contains("label=\"index"), "upstream of a record has no index activity: " + dot);
	}

	@Test
	void anImageOpenedFromTheCatalogueLeadsToItsRecord() throws Exception {
		final ImagePlus imp = CatalogHits.search(catalog, "id:\"" + imageRecord + "\"", 1).open(0, 4096, 4096);
		assertEquals(new DatasetSource(LineageFixture.dm(dir).toString(), "image1"), DatasetSource.of(imp).orElseThrow());
		final List<Activity> viaImage = new LineageRequest(catalog, "", Direction.BOTH).activities(imp);
		assertEquals(LineageLookup.of(catalog, imageRecord, Direction.BOTH), viaImage);
		assertEquals("Lineage of " + imp.getTitle(), new LineageRequest(catalog, " ", Direction.BOTH).title(imp));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LineageRequest(catalog,
			"", Direction.BOTH).activities(new ImagePlus("plain", new ij.process.ByteProcessor(4, 4))));
		assertEquals("image 'plain' was not opened from a dataset (Open Dataset...): give a dataset path or an id", e
			.getMessage());
	}

	@Test
	void unknownSubjectAndFormatAreNamed() throws Exception {
		final CommandModule m = run("sha256:0000", "json", "both");
		assertTrue(m.isCanceled());
		assertEquals(catalog + ": no lineage recorded for 'sha256:0000'", m.getCancelReason());
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineageLookup.text(List.of(),
			"svg"));
		assertEquals("lineage format 'svg' is not one of [json, dot]", e.getMessage());
	}

	@Test
	void java2dPictureHasOneColumnPerStepAndTheProvJsonAsInfo() throws Exception {
		final List<Activity> all = LineageLookup.of(catalog, LineageFixture.dm(dir).toString(), Direction.BOTH);
		final LineageLayout layout = LineageLayout.of(all);
		// NB: file -> extract -> records -> index -> catalogue commit: five columns.
		assertEquals(5, layout.size()[0]);
		final Activity extract = all.stream().filter(a -> a.type().equals("extract")).findFirst().orElseThrow();
		assertEquals(List.of("extract", "completed"), layout.nodes.get(extract.id()).lines());
		assertEquals(1, layout.nodes.get(extract.id()).column(), "the file is left of its extract");
		final ImagePlus imp = LineagePicture.of("Lineage", all, false);
		assertEquals(20 * 2 + 5 * 260 - 60, imp.getWidth());
		assertTrue(imp.getProcessor().getStatistics().stdDev > 0, "the picture is not blank");
		assertEquals(LineageLookup.text(all, "json"), imp.getProperty("Info"));
	}

	@Test
	void graphvizRendersTheDotWhenInstalled() throws Exception {
		Assumptions.assumeTrue(Graphviz.available(), "Graphviz dot is not installed");
		final List<Activity> all = LineageLookup.of(catalog, imageRecord, Direction.UPSTREAM);
		final ImagePlus imp = LineagePicture.of("Lineage", all, true);
		assertTrue(imp.getWidth() > 100 && imp.getHeight() > 50, imp.getWidth() + "x" + imp.getHeight());
		assertTrue(imp.getProcessor().getStatistics().stdDev > 0, "the picture is not blank");
		final java.io.IOException e = assertThrows(java.io.IOException.class, () -> Graphviz.render("digraph {"));
		assertTrue(e.getMessage().startsWith("Graphviz dot: exit code 1: "), e.getMessage());
	}

	@Test
	void extGetLineageFillsItsOutputArgumentAndHitsReadTheLastSearch() throws Exception {
		final String macro = "call(\"org.tessera.fiji.TesseraMacroExtensions.register\");\n"
			+ "Ext.setCatalog(getArgument());\n"
			+ "text = \"\";\n"
			+ "Ext.getLineage(\"" + imageRecord + "\", \"dot\", text);\n"
			+ "Ext.tesseraSearch(getArgument(), \"format:dm AND array:image1\", 5);\n"
			+ "Ext.getHitCount(n);\n"
			+ "Ext.getHit(0, \"beamEnergy\", kv);\n"
			+ "return text + \"|n=\" + n + \" kv=\" + kv;";
		final String[] out = ij.IJ.runMacro(macro, catalog.toString()).split("\\|");
		assertEquals(LineageLookup.text(LineageLookup.of(catalog, imageRecord, Direction.BOTH), "dot"), out[0]);
		assertEquals("n=1 kv=200", out[1]);
	}

	// -- Helper methods --

	private static CommandModule run(final String subject, final String format, final String direction)
		throws Exception
	{
		return context.service(CommandService.class).run(ShowLineageCommand.class, true, "catalog", catalog.toString(),
			"subject", subject, "format", format, "direction", direction).get();
	}
}
