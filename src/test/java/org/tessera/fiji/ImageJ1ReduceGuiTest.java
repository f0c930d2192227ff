package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Reduce Dataset..." (Plugins > Tessera) in plain ImageJ 1 with its GUI on a private Xvfb display:
 * {@code macros/reduce_hyperspectral.ijm} reduces a generated EDS-like cube ({@link EdsCube}) with the
 * hyperspectral preset; the calibrated sum image and the spectrum {@code Plot} it prints equal sums
 * computed here; running the command from the menu is recorded as a {@code run} line. The
 * screenshot (sum image and spectrum plot) is saved to {@code target/imagej1-reduce.png}.
 */
class ImageJ1ReduceGuiTest {

	@TempDir
	static Path dir;

	private static ImageJ1Session session;
	private static Path cube;

	@BeforeAll
	static void runImageJ() throws Exception {
		cube = EdsCube.write(dir, "eds.zarr");
		session = ImageJ1Session.run(dir, "macros/reduce_hyperspectral.ijm", cube.toString(), screenshot(), cube, "reduce");
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
	void pluginsMenuHasTesseraReduceOnce() {
		final long n = session.lines("MENU").stream().filter("Plugins>Tessera>Reduce Dataset..."::equals).count();
		assertEquals(1, n, session.result()::describe);
		assertTrue(session.lines("COMMAND").contains("Reduce Dataset...=org.tessera.fiji.ReducePlugin(\"\")"),
			session.result()::describe);
	}

	@Test
	void macroSeesCalibratedSumImageAndSpectrumPlot() {
		final int w = EdsCube.X, h = EdsCube.Y, n = EdsCube.E;
		long total = 0;
		for (int e = 0; e < n; e++) total += EdsCube.spectrum(e);
		assertEquals(List.of("title=eds.zarr-image", "title=eds.zarr-spectrum", //
			"image=" + w + "x" + h + " bitDepth=32", //
			"pixelSize=0.5000,0.5000 unit=" + "\u00b5m", //
			"pixels=" + EdsCube.sumImage(0, 0) + "," + EdsCube.sumImage(0, 1) + "," + EdsCube.sumImage(1, 0) + ","
				+ EdsCube.sumImage(h - 1, w - 1), //
			"spectrum=" + n + " x0=" + f4(EdsCube.E0) + " dx=" + f4(EdsCube.DISPERSION) + " xLast=" + f4(EdsCube.E0
				+ (n - 1) * EdsCube.DISPERSION), //
			"counts=" + EdsCube.spectrum(0) + "," + EdsCube.spectrum(1) + "," + EdsCube.spectrum(n - 1) + " total=" + total),
			session.lines("LOG"), session.result()::describe);
	}

	@Test
	void reducingFromTheMenuIsRecordedAsARunLine() {
		final String line = "run(\"Reduce Dataset...\", \"path=" + cube
			+ " array=[] preset=hyperspectral axes=[] bf=0 adf=[]\");";
		assertTrue(session.lines("RECORDED").contains(line), () -> line + "\n" + session.result().describe());
	}

	@Test
	void screenshotShowsAScreen() throws Exception {
		session.assertScreenshot(screenshot());
	}

	// -- Helper methods --

	private static Path screenshot() {
		return Path.of("target/imagej1-reduce.png").toAbsolutePath();
	}

	/** A number as the macro's {@code d2s(v, 4)} prints it. */
	private static String f4(final double v) {
		return String.format(Locale.US, "%.4f", v);
	}
}
