package org.tessera.io.dm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.TesseraIOException;

/**
 * One image of a DM file's {@code ImageList}, as metadata: exposed C-order shape, pixel type, where
 * its pixels lie in the file, axes and attributes. Checks that the pixel block declared by the tags is
 * as large as the dimensions need.
 *
 * @param name {@code image0}, {@code image1}, ... in ImageList order
 * @param type the pixel type
 * @param shape the exposed C-order shape (DM's dimensions reversed; RGB adds a trailing axis of 4)
 * @param chunks the chunk shape
 * @param offset the file offset of the first pixel
 * @param axes the axes, C order
 * @param attributes {@code title}, {@code thumbnail}, {@code dm_data_type}, {@code signal_type},
 *        {@code key_metadata}, {@code hyperspy_axes_order} (when hyperspy transposes) and {@code tags}
 *        (the image's whole tag group, verbatim)
 */
record DmImage(String name, DmPixelType type, long[] shape, int[] chunks, long offset, List<Axis> axes,
	Map<String, Object> attributes)
{

	/** Reads image {@code index} of the file's ImageList. */
	static DmImage of(final DmFile f, final int index) throws TesseraIOException {
		final Map<String, Object> image = f.images().get(index);
		final String name = "image" + index;
		final String where = f.file() + " [" + name + "]";
		final DmPixelType type = DmPixelType.of((long) require(where, DmTree.number(image, "ImageData", "DataType"), "ImageData/DataType"));
		final long[] dims = dimensions(where, DmTree.get(image, "ImageData", "Dimensions"));
		final Map<String, Object> data = DmTree.group(image, "ImageData", "Data");
		final long offset = (long) require(where, DmTree.number(data, "offset"), "ImageData/Data");
		checkSize(where, type, dims, (long) DmTree.number(data, "bytes"));
		final String signal = DmSignals.signalType(image);
		final List<Axis> axes = new ArrayList<>(DmAxes.of(image, dims.length, signal));
		long[] shape = reverse(dims);
		if (type.layout() == DmPixelType.Layout.RGBA) {
			shape = java.util.Arrays.copyOf(shape, shape.length + 1);
			shape[shape.length - 1] = 4;
			axes.add(new Axis("c", "channel", "", 1, 0));
		}
		final int[] chunks = DmSlabs.chunkShape(shape, type.layout() == DmPixelType.Layout.RGBA ? 1 : Math.max(1, type.dtype().size()),
			DmSlabs.TARGET_BYTES);
		// NB: packed complex unpacks whole rows, so its chunks never cut the last axis.
		if (type.layout() == DmPixelType.Layout.PACKED) chunks[1] = (int) Math.max(1, shape[1]);
		return new DmImage(name, type, shape, chunks, offset, List.copyOf(axes), attributes(f, index, image, signal, dims.length));
	}

	/** What {@code info} lists. */
	ArrayInfo info() {
		return new ArrayInfo(name, shape.clone(), type.dtype(), chunks.clone(), axes);
	}

	// -- Helper methods --

	private static Map<String, Object> attributes(final DmFile f, final int index, final Map<String, Object> image,
		final String signal, final int rank)
	{
		final Map<String, Object> a = new LinkedHashMap<>();
		a.put("title", image.get("Name") instanceof String s ? s : "");
		a.put("thumbnail", f.isThumbnail(index));
		a.put("dm_data_type", ((Number) DmTree.get(image, "ImageData", "DataType")).intValue());
		a.put("signal_type", signal);
		a.put("key_metadata", DmKeyMetadata.of(image, signal, f));
		if (DmSignals.isSpectrumImage(image, rank)) {
			// NB: hyperspy moves a spectrum image's energy axis (DM's slowest) last: its array is
			// numpy.transpose(this, hyperspy_axes_order).
			final List<Integer> order = new ArrayList<>();
			for (int d = 1; d < rank; d++) order.add(d);
			order.add(0);
			a.put("hyperspy_axes_order", order);
		}
		a.put("tags", image);
		return Collections.unmodifiableMap(a);
	}

	private static long[] dimensions(final String where, final Object node) throws TesseraIOException {
		if (!(node instanceof List<?> l) || l.isEmpty()) throw new TesseraIOException.Malformed(where, "ImageData/Dimensions is missing or empty");
		final long[] dims = new long[l.size()];
		for (int i = 0; i < dims.length; i++) {
			if (!(l.get(i) instanceof Number n) || n.longValue() < 0) {
				throw new TesseraIOException.Malformed(where, "ImageData/Dimensions " + l + " are not sizes");
			}
			dims[i] = n.longValue();
		}
		return dims;
	}

	/** The tagged data block must hold what the dimensions need (it lies in the file: the parser checked). */
	private static void checkSize(final String where, final DmPixelType type, final long[] dims, final long bytes)
		throws TesseraIOException
	{
		if (type.layout() == DmPixelType.Layout.UNREADABLE) return;
		final long need;
		try {
			long pixels = 1;
			for (int d = 0; d < dims.length; d++) {
				pixels = Math.multiplyExact(pixels, type.layout() == DmPixelType.Layout.PACKED && d == 0 ? dims[0] / 2 + 1 : dims[d]);
			}
			need = Math.multiplyExact(pixels, type.storedBytes());
		}
		catch (final ArithmeticException e) {
			throw new TesseraIOException.Malformed(where, "ImageData/Dimensions " + java.util.Arrays.toString(dims) + " overflow");
		}
		if (type.layout() == DmPixelType.Layout.PACKED && dims.length != 2) {
			throw new TesseraIOException.Malformed(where, "packed complex data with " + dims.length + " dimensions (expected 2)");
		}
		if (bytes < need) {
			throw new TesseraIOException.Malformed(where, "ImageData/Data holds " + bytes + " bytes but dimensions "
				+ java.util.Arrays.toString(dims) + " of DM data type " + type.code() + " need " + need);
		}
	}

	private static double require(final String where, final double v, final String what) throws TesseraIOException {
		if (Double.isNaN(v)) throw new TesseraIOException.Malformed(where, what + " is missing");
		return v;
	}

	private static long[] reverse(final long[] a) {
		final long[] r = new long[a.length];
		for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
		return r;
	}
}
