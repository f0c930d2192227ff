package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain ImageJ 1 with its GUI on a private Xvfb display, in a child JVM: Tessera's
 * {@code plugins.config} puts "Open Dataset..." under Plugins > Tessera, and
 * {@code macros/open_dataset.ijm} runs {@code run("Open Dataset...", ...)} on a generated dataset.
 * The screenshot is saved to {@code target/imagej1-gui.png} for humans.
 */
class ImageJ1GuiTest {

	@TempDir
	static Path dir;

	private static Xvfb xvfb;
	private static Path dataset;
	private static ChildJvm.Result result;

	@BeforeAll
	static void runImageJ() throws Exception {
		xvfb = Xvfb.start();
		final Path home = PluginsFolder.create(dir.resolve("imagej"));
		dataset = Datasets.pyramid(dir);
		final String options = "path=[" + dataset + "] array=[s0]";
		result = ChildJvm.run(ImageJ1Harness.class, Map.of("plugins.dir", home.toString(), "user.home",
			dir.toString(), "java.awt.headless", "false"), Map.of("DISPLAY", xvfb.display()), List.of(Path.of(
				"macros/open_dataset.ijm").toAbsolutePath().toString(), options, screenshot().toString(), dataset.toString()), dir, Duration
					.ofSeconds(120));
	}

	@AfterAll
	static void stopXvfb() throws Exception {
		if (xvfb != null) xvfb.close();
	}

	@Test
	void childRanToTheEnd() {
		assertEquals(0, result.exitCode(), result::describe);
		assertTrue(result.stdout().contains("\nDONE"), result::describe);
	}

	@Test
	void pluginsMenuHasTesseraOpenDatasetOnce() {
		final long n = result.stdout().lines().filter(l -> l.equals("MENU Plugins>Tessera>Open Dataset...")).count();
		assertEquals(1, n, result::describe);
		assertTrue(result.stdout().contains("COMMAND Open Dataset...=org.tessera.fiji.OpenDatasetPlugin(\"\")"),
			result::describe);
	}

	@Test
	void macroSeesStackCalibrationAndPixel() throws Exception {
		final List<String> log = result.stdout().lines().filter(l -> l.startsWith("LOG ")).map(l -> l.substring(4))
			.toList();
		assertEquals(List.of("title=" + titleOf("s0"), "nSlices=3", "size=50x40", "pixelSize=0.5,0.5,2", "unit=\u00b5m",
			"centre=" + Datasets.centreOfS0(), "tessera=" + TesseraMacroExtensions.version()), log, result::describe);
	}

	@Test
	void openingFromTheMenuIsRecordedAsARunLine() {
		final String line = "RECORDED run(\"Open Dataset...\", \"path=" + dataset + " array=s1 level=-1\");";
		assertTrue(result.stdout().lines().anyMatch(line::equals), () -> line + "\n" + result.describe());
	}

	@Test
	void screenshotShowsAScreen() throws Exception {
		assertTrue(Files.exists(screenshot()), result::describe);
		final BufferedImage png = ImageIO.read(screenshot().toFile());
		assertEquals(Xvfb.WIDTH, png.getWidth());
		assertEquals(Xvfb.HEIGHT, png.getHeight());
		assertFalse(uniform(png), "the screenshot is one flat colour: no window was drawn");
	}

	// -- Helper methods --

	private static Path screenshot() {
		return Path.of("target/imagej1-gui.png").toAbsolutePath();
	}

	/** The title DatasetImages gives an array of the fixture (its format is DatasetImages' choice). */
	private static String titleOf(final String array) throws java.io.IOException {
		try (org.tessera.io.Container c = DatasetOpener.container(dataset)) {
			return DatasetImages.open(c, array).getTitle();
		}
	}

	private static boolean uniform(final BufferedImage img) {
		final int first = img.getRGB(0, 0);
		for (int y = 0; y < img.getHeight(); y += 7) {
			for (int x = 0; x < img.getWidth(); x += 7) {
				if (img.getRGB(x, y) != first) return false;
			}
		}
		return true;
	}
}
