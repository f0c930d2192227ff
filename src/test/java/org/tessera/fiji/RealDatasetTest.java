package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;

import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.tessera.TestData;

/**
 * "Open Dataset..." and the Groovy example on a real OME-Zarr written by another implementation
 * (the shared {@code neuroglancer_simple_0.4.ome.zarr}), checked against its {@code truth.json}.
 */
class RealDatasetTest {

	private static final String DATASET = "ome_zarr/neuroglancer_simple_0.4.ome.zarr";
	private static final String ARRAY = "scale0/image";

	private static Context context;

	@BeforeAll
	static void start() {
		context = new Context(CommandService.class, ScriptService.class, ModuleService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void commandOpensRealOmeZarrWithTruePixels() throws Exception {
		final Path path = TestData.real(DATASET);
		final CommandModule m = context.service(CommandService.class).run(OpenDatasetCommand.class, true, "path", path
			.toFile(), "array", ARRAY).get();
		assertFalse(m.isCanceled(), () -> "canceled: " + m.getCancelReason());
		final ImagePlus imp = ((OpenDatasetCommand) m.getCommand()).image().orElseThrow();
		final JsonNode truth = truth();
		assertEquals(truth.path("shape").get(1).asInt(), imp.getWidth());
		assertEquals(truth.path("shape").get(0).asInt(), imp.getHeight());
		assertEquals(truth.path("sum_int").asLong(), sum(imp.getProcessor()));
	}

	@Test
	void groovyScriptReportsRealShapeAndDtype() throws Exception {
		final Path path = TestData.real(DATASET);
		final ScriptModule m = ScriptsTest.run(context, Path.of("scripts/Open_Dataset.groovy"), new StringWriter(),
			Map.of("path", path.toFile(), "array", ARRAY));
		assertEquals("10,10", m.getOutput("shape"));
		assertEquals(truth().path("dtype_name").asText(), m.getOutput("dtype"));
	}

	// -- Helper methods --

	private static JsonNode truth() {
		return TestData.truth(DATASET).path("zarr_v2").path("arrays").path(ARRAY);
	}

	private static long sum(final ImageProcessor ip) {
		long s = 0;
		for (int i = 0; i < ip.getPixelCount(); i++) s += (long) ip.getf(i);
		return s;
	}
}
