package org.tessera.fiji;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.io.IOException;
import java.util.List;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;

/**
 * Opens an array of a {@link Container} as an ImageJ 1 virtual stack: the last two axes are the
 * plane (y, x), every leading axis is flattened into slices, and calibration comes from the axes.
 * <p>
 * NB: a TEMPORARY stand-in written by the Fiji surfaces branch; the image branch's version (lazy
 * cell image, shared cache, hyperstack dimensions) replaces it at merge. Keep the signatures.
 * </p>
 */
public final class DatasetImages {

	private DatasetImages() {}

	/** Opens one array lazily; the title is the file name and the array name. */
	public static ImagePlus open(final Container c, final String arrayName) throws IOException {
		final ChunkedArray a = c.array(arrayName);
		final ImagePlus imp = new ImagePlus(title(c, arrayName), new ChunkPlaneStack(a));
		imp.setCalibration(calibration(a.axes()));
		return imp;
	}

	/** Opens one level of a pyramid lazily. */
	public static ImagePlus open(final Container c, final Multiscale m, final int level) throws IOException {
		if (level < 0 || level >= m.levels().size()) {
			throw new IllegalArgumentException("pyramid '" + m.name() + "' has levels 0.." + (m.levels().size() - 1)
				+ ", not " + level);
		}
		return open(c, m.levels().get(level));
	}

	/**
	 * The finest level whose plane fits on a screen of the given size, or the coarsest level when
	 * none fits.
	 */
	public static int defaultLevel(final Container c, final Multiscale m, final int screenW, final int screenH)
		throws IOException
	{
		final List<String> levels = m.levels();
		for (int l = 0; l < levels.size(); l++) {
			final long[] s = c.array(levels.get(l)).shape();
			if (s[s.length - 1] <= screenW && (s.length < 2 || s[s.length - 2] <= screenH)) return l;
		}
		return levels.size() - 1;
	}

	// -- Helper methods --

	private static String title(final Container c, final String arrayName) {
		final String file = c.location().path().getFileName().toString();
		return arrayName.equals("/") ? file : file + " " + arrayName;
	}

	private static Calibration calibration(final List<Axis> axes) {
		final Calibration cal = new Calibration();
		final int n = axes.size();
		final Axis x = axes.get(n - 1), y = axes.get(n - 2);
		cal.pixelWidth = x.scale();
		cal.pixelHeight = y.scale();
		cal.xOrigin = -x.offset() / x.scale();
		cal.yOrigin = -y.offset() / y.scale();
		for (final Axis a : axes) {
			if (a.name().equalsIgnoreCase("z")) cal.pixelDepth = a.scale();
		}
		if (!x.unit().isEmpty()) cal.setUnit(x.unit());
		return cal;
	}
}
