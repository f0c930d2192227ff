package org.tessera.io.tiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tessera.io.Axis;
import org.tessera.io.TesseraIOException;

/**
 * The series of one OME Image: {@code (t, c, z, y, x)} with axes of size 1 left out (as tifffile
 * reports OME series), planes mapped to IFDs through the TiffData elements, X/Y/Z/T calibrated
 * from the physical sizes and the time increment. Planes that no TiffData maps read as zeros.
 * Multi-sample (RGB) pages put their samples on a last axis, and SizeC counts those samples.
 */
final class OmeSeries {

	/** The most planes one image may have (a bound on what a broken SizeZ/C/T can make us allocate). */
	private static final long MAX_PLANES = 1 << 22;

	private OmeSeries() {}

	static TiffSeries of(final TiffFile file, final List<TiffPage> pages, final OmeImage image, final String name)
		throws TesseraIOException
	{
		final int firstIfd = image.tiffData().isEmpty() ? 0 : image.tiffData().get(0).ifd();
		final int channelPlanes = channelPlanes(file, image, pages.get(Math.min(firstIfd, pages.size() - 1)));
		final TiffPage[] planes = map(file, pages, image, channelPlanes);
		final TiffPage layout = Arrays.stream(planes).filter(p -> p != null).findFirst()
			.orElseThrow(() -> new TesseraIOException.Malformed(file.name(), "OME Image '" + image.id() + "' maps no plane to an IFD of this file"));
		final double[] ph = image.physical();
		final String[] u = image.units();
		final SeriesBuilder b = new SeriesBuilder(file.name())
			.leadingIfMany(SeriesBuilder.calibrated("t", "time", ph[3], u[3]), image.sizeT())
			.leadingIfMany(new Axis("c", "channel", "", 1, 0), channelPlanes)
			.leadingIfMany(SeriesBuilder.calibrated("z", "space", ph[2], u[2]), image.sizeZ());
		final List<TiffPage> ordered = new ArrayList<>();
		for (int t = 0; t < image.sizeT(); t++) {
			for (int c = 0; c < channelPlanes; c++) {
				for (int z = 0; z < image.sizeZ(); z++) ordered.add(planes[image.planeIndex(z, c, t, channelPlanes)]);
			}
		}
		if (layout.width() != image.sizes()[0] || layout.height() != image.sizes()[1]) {
			throw new TesseraIOException.Malformed(file.name(), "OME Image '" + image.id() + "' is " + image.sizes()[0] + "x"
				+ image.sizes()[1] + " but IFD " + layout.ifd() + " is " + layout.width() + "x" + layout.height());
		}
		return b.build(name, ordered, layout, SeriesBuilder.calibrated("y", "space", ph[1], u[1]),
			SeriesBuilder.calibrated("x", "space", ph[0], u[0]), image.attributes());
	}

	// -- Helper methods --

	/** The page of every plane index of the image (null where none is mapped). */
	private static TiffPage[] map(final TiffFile file, final List<TiffPage> pages, final OmeImage image,
		final int channelPlanes) throws TesseraIOException
	{
		final long total = (long) image.sizeZ() * channelPlanes * image.sizeT();
		if (total > MAX_PLANES) {
			throw new TesseraIOException.Unsupported(file.name(), "OME Image '" + image.id() + "' has " + total + " planes (more than " + MAX_PLANES + ")");
		}
		final TiffPage[] out = new TiffPage[(int) total];
		final List<OmeImage.TiffData> data = image.tiffData().isEmpty() ? List.of(new OmeImage.TiffData(0, false, 0, 0, 0, -1, null))
			: image.tiffData();
		for (final OmeImage.TiffData td : data) {
			if (td.fileName() != null && !td.fileName().isEmpty() && !td.fileName().equals(file.path().getFileName().toString())) {
				throw new TesseraIOException.Unsupported(file.name(), "OME Image '" + image.id() + "' has planes in another file ("
					+ td.fileName() + "); multi-file OME-TIFF is not supported");
			}
			final long count = td.planeCount() >= 0 ? td.planeCount() : td.hasIfd() ? 1 : total;
			final int start = image.planeIndex(td.firstZ(), td.firstC(), td.firstT(), channelPlanes);
			for (int k = 0; k < count && start + k < total; k++) {
				if (td.ifd() + k >= pages.size()) {
					throw new TesseraIOException.Malformed(file.name(), "OME Image '" + image.id() + "' maps a plane to IFD "
						+ (td.ifd() + k) + " but the file has " + pages.size() + " IFDs");
				}
				out[start + k] = pages.get(td.ifd() + k);
			}
		}
		return out;
	}

	private static int channelPlanes(final TiffFile file, final OmeImage image, final TiffPage layout) throws TesseraIOException {
		final int spp = layout.samples();
		if (spp == 1) return image.sizeC();
		if (image.sizeC() % spp != 0) {
			throw new TesseraIOException.Malformed(file.name(), "OME Image '" + image.id() + "' has SizeC " + image.sizeC()
				+ ", not a multiple of the " + spp + " samples per pixel");
		}
		return image.sizeC() / spp;
	}
}
