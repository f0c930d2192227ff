package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;

import java.io.StringWriter;
import java.nio.file.Files;
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
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.tessera.export.ExportResult;
import org.tessera.meta.Checksums;

/**
 * "Export..." headless through SciJava on {@link LineageFixture}'s catalogue: typed ids to an RO-Crate
 * folder (every file's checksum right, the extract activity of the DM3 as a CreateAction on its SHA-256),
 * a query to a zip, the last hits to a BagIt bag through {@code Ext.export}; errors name the record and
 * the target.
 */
class ExportFijiTest {

	@TempDir
	static Path dir;

	private static Context context;
	private static Path catalog;
	private static String dmRecord;

	@BeforeAll
	static void index() throws Exception {
		context = new Context(CommandService.class, StatusService.class, ScriptService.class, ModuleService.class);
		catalog = LineageFixture.catalog(dir);
		dmRecord = CatalogHits.search(catalog, "format:dm AND array:image1", 1).field(0, "id");
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void typedIdsBecomeACrateWithTheirLineage() throws Exception {
		final String tiny = CatalogHits.search(catalog, "format:n5", 1).field(0, "id");
		final Path crate = dir.resolve("crate");
		final CommandModule m = run("rocrate", crate.toString(), "ids", dmRecord + ", " + tiny);
		assertFalse(m.isCanceled(), m::getCancelReason);
		final ExportResult r = ((ExportCommand) m.getCommand()).result().orElseThrow();
		assertEquals(crate.toString(), m.getOutput("written"));
		assertEquals(r.files(), m.getOutput("files"));
		assertTrue(r.checksums().containsKey("ro-crate-metadata.json"), r.checksums()::toString);
		for (final Map.Entry<String, String> e : r.checksums().entrySet()) {
			assertEquals(e.getValue(), "sha256:" + Checksums.fileSha256(crate.resolve(e.getKey())), e.getKey());
		}
		final String json = Files.readString(crate.resolve("ro-crate-metadata.json"));
		assertTrue(json.contains("\"tessera extract\""), "the lineage is in the crate");
		assertTrue(json.contains(Checksums.fileSha256(LineageFixture.dm(dir))), "the DM3 file by its SHA-256");
	}

	@Test
	void aQueryBecomesAZipAndTheLastHitsABag() throws Exception {
		final Path zip = dir.resolve("tiny.zip");
		final CommandModule m = run("rocrate", zip.toString(), "query", "format:n5");
		assertFalse(m.isCanceled(), m::getCancelReason);
		assertTrue(Files.size(zip) > 0);
		assertEquals(3, ExportRequest.ids(catalog, "query", "format:n5").size());
		CatalogHits.search(catalog, "format:dm", 5);
		assertEquals(List.of(dmRecord), ExportRequest.ids(catalog, "results", ""));
		final Path bag = dir.resolve("bag");
		final String macro = "call(\"org.tessera.fiji.TesseraMacroExtensions.register\");\n"
			+ "Ext.setCatalog(\"" + catalog + "\");\n"
			+ "Ext.tesseraSearch(\"" + catalog + "\", \"format:dm AND array:image1\", 5);\n"
			+ "return Ext.export(\"\", \"bagit:" + bag + "\");";
		assertEquals(bag.toString(), IJ.runMacro(macro, ""));
		assertTrue(Files.exists(bag.resolve("bagit.txt")) && Files.exists(bag.resolve("manifest-sha256.txt")));
	}

	@Test
	void errorsNameTheRecordTheSourceAndTheTarget() throws Exception {
		final CommandModule m = run("rocrate", dir.resolve("none").toString(), "ids", "no-such-record");
		assertTrue(m.isCanceled());
		assertEquals(catalog + ": no record no-such-record", m.getCancelReason());
		assertEquals("records from 'hits' is not one of [results, query, ids]", assertThrows(
			IllegalArgumentException.class, () -> ExportRequest.ids(catalog, "hits", "")).getMessage());
		assertEquals("no records to export (from ids)", assertThrows(IllegalArgumentException.class, () -> ExportRequest
			.ids(catalog, "ids", " , ")).getMessage());
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExportRequest(catalog,
			"tar", "/tmp/x", List.of(dmRecord), "").run((d, t) -> {}));
		assertTrue(e.getMessage().startsWith("unknown exporter \"tar\" (known: [rocrate, bagit, ocfl, zenodo]"), e
			.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "scripts/Export_Results.groovy", "scripts/Export_Results.py" })
	void scriptExportsTheMatchesOfAQuery(final String script) throws Exception {
		final Path zip = dir.resolve(Path.of(script).getFileName() + ".zip");
		final StringWriter out = new StringWriter();
		final ScriptModule m = ScriptsTest.run(context, Path.of(script), out, Map.of("catalog", catalog.toFile(), "query",
			"format:n5", "type", "rocrate", "target", zip.toFile()));
		assertEquals(zip.toString(), m.getOutput("written"));
		final int files = (Integer) m.getOutput("files");
		assertTrue(files > 3, "three N5 datasets and the metadata: " + files);
		assertEquals("records=3 files=" + files + " target=" + zip, out.toString().trim());
		assertTrue(Files.size(zip) > 0);
	}

	// -- Helper methods --

	private static CommandModule run(final String type, final String target, final String from, final String records)
		throws Exception
	{
		return context.service(CommandService.class).run(ExportCommand.class, true, "catalog", catalog.toString(), "type",
			type, "target", target, "from", from, "records", records, "token", "").get();
	}
}
