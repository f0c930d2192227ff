package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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

	private static ImageJ1Session session;
	private static Path dataset;

	@BeforeAll
	static void runImageJ() throws Exception {
		dataset = Datasets.pyramid(dir);
		session = ImageJ1Session.run(dir, "macros/open_dataset.ijm", "path=[" + dataset + "] array=[s0]", screenshot(),
			dataset, "open");
	}

	@AfterAll
	static void stopXvfb() throws Exception {
		if (session != null) session.close();
	}

	@Test
	void childRanToTheEnd() {
		session.assertRanToTheEnd();
	}

	@Test
	void pluginsMenuHasTesseraOpenDatasetOnce() {
		final long n = session.lines("MENU").stream().filter("Plugins>Tessera>Open Dataset..."::equals).count();
		assertEquals(1, n, session.result()::describe);
		assertTrue(session.lines("COMMAND").contains("Open Dataset...=org.tessera.fiji.OpenDatasetPlugin(\"\")"),
			session.result()::describe);
	}

	@Test
	void macroSeesStackCalibrationAndPixel() throws Exception {
		assertEquals(List.of("title=" + titleOf("s0"), "nSlices=3", "size=50x40", "pixelSize=0.5,0.5,2", "unit=\u00b5m",
			"centre=" + Datasets.centreOfS0(), "tessera=" + TesseraMacroExtensions.version()), session.lines("LOG"),
			session.result()::describe);
	}

	@Test
	void openingFromTheMenuIsRecordedAsARunLine() {
		final String line = "run(\"Open Dataset...\", \"path=" + dataset + " array=s1 level=-1\");";
		assertTrue(session.lines("RECORDED").contains(line), () -> line + "\n" + session.result().describe());
	}

	@Test
	void screenshotShowsAScreen() throws Exception {
		session.assertScreenshot(screenshot());
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
}
