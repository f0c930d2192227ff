package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.tessera.io.Container;

/** Runs "Open Dataset..." through a real headless SciJava {@link Context} on generated datasets. */
class OpenDatasetCommandTest {

	@TempDir
	static Path dir;

	private static Context context;
	private static Path dataset;

	@BeforeAll
	static void start() throws Exception {
		context = new Context(CommandService.class);
		dataset = Datasets.pyramid(dir);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void isFoundByClassAndNameWithoutMenuPath() {
		final CommandInfo info = context.service(CommandService.class).getCommand(OpenDatasetCommand.class);
		assertEquals("Open Dataset...", info.getLabel());
		assertTrue(info.canRunHeadless());
		assertTrue(info.getMenuPath().isEmpty(), "menu belongs to plugins.config: " + info.getMenuPath());
		final PluginInfo<Command> byName = context.service(PluginService.class).getPluginsOfType(Command.class)
			.stream().filter(p -> OpenDatasetCommand.NAME.equals(p.getName())).findFirst().orElseThrow();
		assertEquals(OpenDatasetCommand.class.getName(), byName.getClassName());
	}

	@Test
	void opensNamedArrayWithCalibrationAndPixels() throws Exception {
		final ImagePlus imp = image(run("array", "s0"));
		assertEquals(Datasets.Z, imp.getStackSize());
		assertEquals(Datasets.W, imp.getWidth());
		assertEquals(Datasets.H, imp.getHeight());
		assertEquals(16, imp.getBitDepth());
		assertEquals(0.5, imp.getCalibration().pixelWidth);
		assertEquals(2.0, imp.getCalibration().pixelDepth);
		assertEquals(3025, imp.getStack().getProcessor(2).get(25, 20));
		assertEquals(Datasets.voxel(49, 39, 2, 40, 50), imp.getStack().getProcessor(3).get(49, 39));
	}

	@Test
	void emptyArrayOpensThePyramidAtItsDefaultLevel() throws Exception {
		final CommandModule m = run("array", "");
		try (Container c = DatasetOpener.container(dataset)) {
			assertEquals(DatasetImages.open(c, "s0").getTitle(), m.getOutput("title"));
		}
		assertEquals(Datasets.W, image(m).getWidth());
	}

	@Test
	void levelPicksACoarserPyramidLevel() throws Exception {
		final ImagePlus imp = image(run("array", "/", "level", 1));
		assertEquals(25, imp.getWidth());
		assertEquals(1.0, imp.getCalibration().pixelWidth);
		assertEquals(Datasets.voxel(24, 19, 2, 20, 25), imp.getStack().getProcessor(3).get(24, 19));
	}

	@Test
	void opensA2DUint8Array() throws Exception {
		final ImagePlus imp = image(run("array", "mask"));
		assertEquals(1, imp.getStackSize());
		assertEquals(8, imp.getBitDepth());
		assertEquals((3 * 50 + 7) & 0xff, imp.getProcessor().get(7, 3));
	}

	@Test
	void unknownArrayCancelsWithMessageNamingFileAndArray() throws Exception {
		final CommandModule m = run("array", "nope");
		assertTrue(m.isCanceled());
		assertEquals(dataset + ": no array or pyramid named 'nope' (choices: /, s0, s1, mask)", m.getCancelReason());
	}

	@Test
	void missingPathCancelsWithMessage() throws Exception {
		final CommandModule m = context.service(CommandService.class).run(OpenDatasetCommand.class, true,
			Map.of("path", dir.resolve("absent.zarr").toFile())).get();
		assertEquals(dir.resolve("absent.zarr") + ": no such file or directory", m.getCancelReason());
	}

	// -- Helper methods --

	private static CommandModule run(final Object... keyValues) throws Exception {
		final Object[] args = new Object[keyValues.length + 2];
		args[0] = "path";
		args[1] = dataset.toFile();
		System.arraycopy(keyValues, 0, args, 2, keyValues.length);
		return context.service(CommandService.class).run(OpenDatasetCommand.class, true, args).get();
	}

	private static ImagePlus image(final CommandModule m) {
		assertFalse(m.isCanceled(), () -> "canceled: " + m.getCancelReason());
		return ((OpenDatasetCommand) m.getCommand()).image().orElseThrow();
	}
}
