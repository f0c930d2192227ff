package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * One run of {@link ImageJ1Harness}: a private {@link Xvfb}, a {@link PluginsFolder} holding
 * Tessera, and the ImageJ 1 GUI in a {@link ChildJvm} running a macro file, taking a screenshot and
 * recording a scenario. Shared by the GUI tests; closing it stops the X server.
 */
final class ImageJ1Session implements AutoCloseable {

	private final Xvfb xvfb;
	private final ChildJvm.Result result;

	private ImageJ1Session(final Xvfb xvfb, final ChildJvm.Result result) {
		this.xvfb = xvfb;
		this.result = result;
	}

	/**
	 * Runs the harness (skips the calling test without Xvfb).
	 *
	 * @param dir the child's home and working folder
	 * @param scenario {@code open} or {@code reduce}, see {@link ImageJ1Harness}
	 */
	static ImageJ1Session run(final Path dir, final String macro, final String arg, final Path screenshot,
		final Path dataset, final String scenario) throws IOException, InterruptedException
	{
		return run(dir, ImageJ1Harness.class, List.of(Path.of(macro).toAbsolutePath().toString(), arg, screenshot
			.toString(), dataset.toString(), scenario), Duration.ofSeconds(120));
	}

	/** Runs the harness {@code main} with {@code args} (skips the calling test without Xvfb). */
	static ImageJ1Session run(final Path dir, final Class<?> main, final List<String> args, final Duration timeout)
		throws IOException, InterruptedException
	{
		final Xvfb xvfb = Xvfb.start();
		final Path home = PluginsFolder.create(dir.resolve("imagej"));
		return new ImageJ1Session(xvfb, ChildJvm.run(main, Map.of("plugins.dir", home.toString(), "user.home", dir
			.toString(), "java.awt.headless", "false"), Map.of("DISPLAY", xvfb.display()), args, dir, timeout));
	}

	ChildJvm.Result result() {
		return result;
	}

	/** The output lines that start with {@code prefix} and a space, without it. */
	List<String> lines(final String prefix) {
		return result.stdout().lines().filter(l -> l.startsWith(prefix + " ")).map(l -> l.substring(prefix.length() + 1))
			.toList();
	}

	/** Asserts that the child exited normally after printing {@code DONE}. */
	void assertRanToTheEnd() {
		assertEquals(0, result.exitCode(), result::describe);
		assertTrue(result.stdout().contains("\nDONE"), result::describe);
	}

	/** Asserts that the screenshot has the screen's size and is not one flat colour. */
	void assertScreenshot(final Path png) throws IOException {
		assertTrue(Files.exists(png), result::describe);
		final BufferedImage img = ImageIO.read(png.toFile());
		assertEquals(Xvfb.WIDTH, img.getWidth());
		assertEquals(Xvfb.HEIGHT, img.getHeight());
		assertFalse(uniform(img), "the screenshot is one flat colour: no window was drawn");
	}

	@Override
	public void close() throws InterruptedException {
		xvfb.close();
	}

	// -- Helper methods --

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
