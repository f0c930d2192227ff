package org.tessera.fiji;

import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.ComplexType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.tessera.image.AxisOrder;
import org.tessera.image.LazyImages;
import org.tessera.io.DType;

/**
 * Copies one XY plane of a lazy image into an ImageJ processor, after loading the plane's chunks
 * in parallel.
 * <p>
 * Conversions: {@code uint8} and {@code bool} go to a {@link ByteProcessor}; {@code uint16} to a
 * {@link ShortProcessor}; {@code int16} to a {@link ShortProcessor} holding {@code value + 32768}
 * (the stack's calibration is ImageJ's signed 16-bit function, as Bio-Formats does); every other
 * type ({@code int8}, 32- and 64-bit integers, floats) to a {@link FloatProcessor} (64-bit values
 * lose precision beyond 2<sup>24</sup>); complex types to the magnitude as a {@link FloatProcessor}.
 * </p>
 */
final class PlaneReader {

	/** ImageJ's signed 16-bit offset. */
	static final int SIGNED_16_OFFSET = 32768;

	private final RandomAccessibleInterval<?> image;
	private final AxisRoles roles;
	private final DType dtype;
	private final int width;
	private final int height;

	PlaneReader(final RandomAccessibleInterval<?> image, final AxisRoles roles, final DType dtype) {
		this.image = image;
		this.roles = roles;
		this.dtype = dtype;
		this.width = (int) image.dimension(dim(roles.x()));
		this.height = roles.y() < 0 ? 1 : (int) image.dimension(dim(roles.y()));
	}

	/** The ImageJ bit depth of the processors this reader makes: 8, 16 or 32. */
	int bitDepth() {
		return switch (dtype.name()) {
			case "bool", "uint8" -> 8;
			case "int16", "uint16" -> 16;
			default -> 32;
		};
	}

	/**
	 * Reads the plane through {@code position} (C order; the x and y entries are ignored).
	 *
	 * @throws org.tessera.image.ChunkLoadException when a chunk cannot be read
	 */
	ImageProcessor read(final long[] position) {
		final long[] min = AxisOrder.reverse(position), max = AxisOrder.reverse(position);
		span(min, max, roles.x(), width);
		if (roles.y() >= 0) span(min, max, roles.y(), height);
		final FinalInterval plane = new FinalInterval(min, max);
		LazyImages.prefetch(image, plane);
		final Cursor<?> cursor = Views.flatIterable(xyView(Views.interval(image, plane))).cursor();
		return switch (bitDepth()) {
			case 8 -> bytes(cursor);
			case 16 -> shorts(cursor, dtype.name().equals("int16") ? SIGNED_16_OFFSET : 0);
			default -> floats(cursor);
		};
	}

	// -- Helper methods --

	private int dim(final int axis) {
		return AxisOrder.toImgLib(image.numDimensions(), axis);
	}

	private void span(final long[] min, final long[] max, final int axis, final int size) {
		min[dim(axis)] = 0;
		max[dim(axis)] = size - 1;
	}

	/** The plane as a 2-D (or 1-D) view whose dimension 0 is x. */
	private RandomAccessibleInterval<?> xyView(final RandomAccessibleInterval<?> plane) {
		RandomAccessibleInterval<?> v = plane;
		for (int d = image.numDimensions() - 1; d >= 0; d--) {
			if (d != dim(roles.x()) && (roles.y() < 0 || d != dim(roles.y()))) v = Views.hyperSlice(v, d, plane.min(d));
		}
		// NB: after slicing, x and y keep their relative order; x must come first for ImageJ's rows.
		return roles.y() >= 0 && dim(roles.x()) > dim(roles.y()) ? Views.permute(v, 0, 1) : v;
	}

	private ImageProcessor bytes(final Cursor<?> c) {
		final byte[] pixels = new byte[width * height];
		for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) ((RealType<?>) c.next()).getRealDouble();
		return new ByteProcessor(width, height, pixels);
	}

	private ImageProcessor shorts(final Cursor<?> c, final int offset) {
		final short[] pixels = new short[width * height];
		for (int i = 0; i < pixels.length; i++) pixels[i] = (short) (((RealType<?>) c.next()).getRealDouble() + offset);
		return new ShortProcessor(width, height, pixels, null);
	}

	private ImageProcessor floats(final Cursor<?> c) {
		final float[] pixels = new float[width * height];
		final boolean complex = dtype.kind() == DType.Kind.COMPLEX;
		for (int i = 0; i < pixels.length; i++) pixels[i] = complex ? magnitude(c.next()) : ((RealType<?>) c.next()).getRealFloat();
		return new FloatProcessor(width, height, pixels);
	}

	private static float magnitude(final Object pixel) {
		final ComplexType<?> z = (ComplexType<?>) pixel;
		return (float) Math.hypot(z.getRealDouble(), z.getImaginaryDouble());
	}
}
