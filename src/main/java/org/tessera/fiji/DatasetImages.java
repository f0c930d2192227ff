package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;

import net.imglib2.RandomAccessibleInterval;

import org.tessera.image.LazyImages;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;
import org.tessera.io.TesseraIOException;

/**
 * Opens arrays of a {@link Container} as ImageJ 1 virtual hyperstacks: nothing but metadata is
 * read when opening; each displayed plane is read lazily through the shared chunk cache.
 * <p>
 * Axis roles follow {@link AxisRoles}, pixel conversions {@link PlaneReader}, calibration
 * {@link DatasetCalibration}. The title is {@code "<file name> - <array name>"} (the file name
 * alone for a root array).
 * </p>
 */
public final class DatasetImages {

	private DatasetImages() {}

	// -- Opening --

	/** Opens one array; axes that play no C/Z/T role are held at index 0. */
	public static ImagePlus open(final Container c, final String arrayName) throws IOException {
		return open(c, arrayName, Map.of());
	}

	/**
	 * Opens one array, holding the named axes at the given indices.
	 *
	 * @param fixedIndices axis name (any case) to index; those axes get no hyperstack role
	 */
	public static ImagePlus open(final Container c, final String arrayName, final Map<String, Long> fixedIndices)
		throws IOException
	{
		final ImagePlus imp = open(c.array(arrayName), title(c, arrayName), fixedIndices);
		new DatasetSource(c.location().toString(), arrayName).tag(imp);
		return imp;
	}

	/** Opens level {@code level} (0 = finest) of an image pyramid. */
	public static ImagePlus open(final Container c, final Multiscale m, final int level) throws IOException {
		return open(c, level(m, level));
	}

	/**
	 * Opens an array under the given title.
	 *
	 * @throws TesseraIOException.Unsupported when the dtype is not numeric or a plane or the stack
	 *           is too large for ImageJ
	 */
	public static ImagePlus open(final ChunkedArray array, final String title, final Map<String, Long> fixedIndices)
		throws TesseraIOException
	{
		final AxisRoles roles = AxisRoles.of(array.axes(), fixedIndices);
		final long[] czt = { extent(array, roles.c()), extent(array, roles.z()), extent(array, roles.t()) };
		final long width = extent(array, roles.x()), height = extent(array, roles.y());
		checkFits(array, (double) width * height, "a plane of " + width + " x " + height + " pixels");
		checkFits(array, (double) czt[0] * czt[1] * czt[2], "a stack of " + czt[0] + " x " + czt[1] + " x " + czt[2] +
			" planes");
		final RandomAccessibleInterval<?> image = LazyImages.open(array);
		final PlaneReader reader = new PlaneReader(image, roles, array.dtype());
		final ImagePlus imp = new ImagePlus(title, new DatasetVirtualStack((int) width, (int) height, reader, roles,
			new int[] { (int) czt[0], (int) czt[1], (int) czt[2] }));
		imp.setDimensions((int) czt[0], (int) czt[1], (int) czt[2]);
		imp.setOpenAsHyperStack(true);
		imp.setCalibration(DatasetCalibration.of(array.axes(), roles));
		if (array.dtype().name().equals("int16")) imp.getCalibration().setSigned16BitCalibration();
		return imp;
	}

	// -- Pyramid levels --

	/**
	 * The finest level of {@code m} whose XY plane fits in {@code screenW x screenH} pixels; the
	 * coarsest level when none fits.
	 */
	public static int defaultLevel(final Container c, final Multiscale m, final int screenW, final int screenH)
		throws IOException
	{
		final List<String> levels = m.levels();
		for (int i = 0; i < levels.size(); i++) {
			final ChunkedArray a = c.array(levels.get(i));
			final AxisRoles roles = AxisRoles.of(a.axes(), Map.of());
			if (extent(a, roles.x()) <= screenW && extent(a, roles.y()) <= screenH) return i;
		}
		return levels.size() - 1;
	}

	// -- Helper methods --

	private static String level(final Multiscale m, final int level) {
		if (level < 0 || level >= m.levels().size()) {
			throw new IllegalArgumentException("pyramid '" + m.name() + "' has levels 0-" + (m.levels().size() - 1) +
				", not " + level);
		}
		return m.levels().get(level);
	}

	private static String title(final Container c, final String arrayName) {
		final Path file = c.location().path().getFileName();
		final String name = file == null ? c.location().toString() : file.toString();
		final String array = arrayName.startsWith("/") ? arrayName.substring(1) : arrayName;
		return array.isEmpty() ? name : name + " - " + array;
	}

	/** The length of an axis, 1 for an absent one (-1). */
	private static long extent(final ChunkedArray a, final int axis) {
		return axis < 0 ? 1 : a.shape()[axis];
	}

	private static void checkFits(final ChunkedArray a, final double count, final String what)
		throws TesseraIOException
	{
		if (count > Integer.MAX_VALUE) {
			throw new TesseraIOException.Unsupported(a.location() + " " + a.name(), what +
				" is too large for ImageJ; open a coarser pyramid level or hold more axes fixed");
		}
	}
}
