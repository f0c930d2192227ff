package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.MemoryZarr;
import org.tessera.reduce.Masks;
import org.tessera.reduce.ReducedArray;

/**
 * The "Reduce Dataset..." scripts and command, headless through SciJava: their outputs equal sums computed
 * by plain loops over the generated data.
 */
class ReduceScriptsTest {

	@TempDir
	static Path dir;

	private static Context context;

	@BeforeAll
	static void start() {
		context = new Context(ScriptService.class, ModuleService.class, CommandService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static MemoryChunkedArray cube() {
		return new MemoryChunkedArray(DType.UINT16, new long[] { 6, 5, 9 }, new int[] { 4, 2, 4 }, 3);
	}

	private static MemoryChunkedArray stem() {
		return new MemoryChunkedArray(DType.UINT16, new long[] { 3, 4, 16, 16 }, new int[] { 2, 2, 16, 16 }, 4);
	}

	private static double total(final MemoryChunkedArray a, final double[] weights) {
		double t = 0;
		final long per = weights == null ? 1 : weights.length;
		for (long i = 0; i < a.elementCount(); i++) {
			final long v = a.raw(i, 0) & 0xffff;
			t += weights == null ? v : weights[(int) (i % per)] * v;
		}
		return t;
	}

	@Test
	void hyperspectralGroovyScript() throws Exception {
		final Path zarr = MemoryZarr.write(cube(), dir.resolve("cube.zarr"), List.of("y", "x", "E"));
		final StringWriter out = new StringWriter();
		final ScriptModule m = ScriptsTest.run(context, Path.of("scripts/Reduce_Hyperspectral.groovy"), out,
			Map.of("path", zarr.toFile(), "array", ""));
		assertEquals("image=6x5 spectrum=9", m.getOutput("shapes"));
		assertEquals(total(cube(), null), ((Number) m.getOutput("total")).doubleValue());
		assertTrue(out.toString().startsWith("image=6x5 spectrum=9 total="), out.toString());
	}

	@Test
	void fourDStemJythonScript() throws Exception {
		final Path zarr = MemoryZarr.write(stem(), dir.resolve("stem.zarr"), List.of("sy", "sx", "ky", "kx"));
		final StringWriter out = new StringWriter();
		final ScriptModule m = ScriptsTest.run(context, Path.of("scripts/Reduce_4DSTEM.py"), out,
			Map.of("path", zarr.toFile(), "array", "", "bf", 4.0, "adf", "6,8"));
		assertEquals("mean_pattern=16x16 bf=3x4 adf=3x4", m.getOutput("shapes"));
		assertEquals(total(stem(), Masks.disc(16, 16, 8, 8, 4).weights()), ((Number) m.getOutput("bf_total")).doubleValue());
	}

	@Test
	void commandSumsOverNamedAxesHeadless() throws Exception {
		final Path zarr = MemoryZarr.write(cube(), dir.resolve("cube2.zarr"), List.of("y", "x", "E"));
		final var module = context.service(CommandService.class).run(ReduceCommand.class, true, "path", zarr.toFile(),
			"array", "", "preset", "none", "axes", "y,x", "bf", 0.0, "adf", "").get();
		assertEquals("sum_y_x [9] int64", module.getOutput("summary"));
		final ReducedArray spectrum = ((ReduceCommand) module.getDelegateObject()).results().getFirst();
		double t = 0;
		for (int i = 0; i < 9; i++) t += spectrum.doubleAt(i);
		assertEquals(total(cube(), null), t);
	}
}
