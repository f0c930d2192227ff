package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/**
 * Runs the example scripts in {@code scripts/} through SciJava's {@link ScriptService} in a
 * headless {@link Context}, with their {@code #@} parameters, and checks the values they return
 * and print.
 */
class ScriptsTest {

	@TempDir
	static Path dir;

	private static Context context;

	@BeforeAll
	static void start() {
		context = new Context(ScriptService.class, ModuleService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@ParameterizedTest
	@ValueSource(strings = { "scripts/Open_Dataset.groovy", "scripts/Open_Dataset.py" })
	void scriptReportsShapeDtypeAndCentreVoxel(final String script) throws Exception {
		final StringWriter out = new StringWriter();
		final ScriptModule m = run(context, Path.of(script), out, Map.of("path", Datasets.pyramid(dir).toFile(), "array", "s0"));
		assertEquals("3,40,50", m.getOutput("shape"));
		assertEquals("uint16", m.getOutput("dtype"));
		assertEquals((double) Datasets.centreOfS0(), ((Number) m.getOutput("centre")).doubleValue());
		assertTrue(out.toString().contains("shape=3,40,50 dtype=uint16 centre=3025.0"), out.toString());
	}

	// -- Helper methods --

	/** Runs a script file with inputs, capturing what it prints. */
	static ScriptModule run(final Context context, final Path script, final StringWriter out,
		final Map<String, Object> inputs) throws Exception
	{
		final ScriptInfo info = context.service(ScriptService.class).getScript(script.toFile());
		final ScriptModule m = info.createModule();
		context.inject(m);
		m.setOutputWriter(out);
		return (ScriptModule) context.service(ModuleService.class).run(m, true, inputs).get();
	}
}
