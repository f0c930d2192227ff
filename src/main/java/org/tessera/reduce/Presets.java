package org.tessera.reduce;

import org.tessera.io.ChunkedArray;

import java.util.stream.IntStream;

/**
 * The reductions users ask for most, shared by the command line and Fiji:
 * <ul>
 * <li>{@code hyperspectral}: the sum image (sum over the energy axis: the one named {@code Energy}
 * or {@code E}, or with a unit in eV, else the last) named {@code image} and the sum spectrum (sum
 * over all other axes) named {@code spectrum};</li>
 * <li>{@code 4dstem}: over the last two (detector) axes, the mean diffraction pattern (mean over the
 * scan axes) named {@code mean_pattern}, a bright-field image {@code bf} (disc) and an annular
 * dark-field image {@code adf} (annulus), each optional.</li>
 * </ul>
 */
public final class Presets {

	private Presets() {}

	/** Adds the sum image and the sum spectrum. */
	public static Reduction hyperspectral(final Reduction r, final ChunkedArray a) {
		final int n = a.numDimensions();
		if (n < 2) throw new IllegalArgumentException(a.location() + " [" + a.name() + "]: the hyperspectral preset "
			+ "needs at least 2 axes, not " + n);
		final int e = energyAxis(a);
		return r.sum(e).as("image").sum(IntStream.range(0, n).filter(d -> d != e).toArray()).as("spectrum");
	}

	/**
	 * The energy axis of a spectrum image. NB: EMD files shown as hyperspy shows them put energy
	 * first ({@code Energy, x, y}); Zarr cubes usually put it last.
	 */
	static int energyAxis(final ChunkedArray a) {
		for (int d = 0; d < a.numDimensions(); d++) {
			final org.tessera.io.Axis x = a.axes().get(d);
			final String unit = x.unit().replace("_", "");
			if (x.name().equalsIgnoreCase("energy") || x.name().equals("E") || unit.matches("(?i)[kmM]?eV")) return d;
		}
		return a.numDimensions() - 1;
	}

	/**
	 * Adds the 4D-STEM virtual images and the mean pattern.
	 *
	 * @param bf bright-field disc radius in detector pixels, or null for none
	 * @param adf annulus radii {@code {inner, outer}}, or null for none
	 * @param center detector centre {@code {cy, cx}}, or null for {@code (ny/2, nx/2)}
	 */
	public static Reduction fourDStem(final Reduction r, final ChunkedArray a, final Double bf, final double[] adf,
		final double[] center)
	{
		final int n = a.numDimensions();
		if (n < 3) throw new IllegalArgumentException(a.location() + " [" + a.name() + "]: the 4dstem preset needs "
			+ "scan axes and two detector axes, not " + n + " axes");
		final int ny = (int) a.shape()[n - 2];
		final int nx = (int) a.shape()[n - 1];
		final double cy = center == null ? ny / 2 : center[0];
		final double cx = center == null ? nx / 2 : center[1];
		r.mean(IntStream.range(0, n - 2).toArray()).as("mean_pattern");
		if (bf != null) r.weighted(Masks.disc(ny, nx, cy, cx, bf), n - 2, n - 1).as("bf");
		if (adf != null) r.weighted(Masks.annulus(ny, nx, cy, cx, adf[0], adf[1]), n - 2, n - 1).as("adf");
		return r;
	}
}
