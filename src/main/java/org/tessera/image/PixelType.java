package org.tessera.image;

import java.util.function.Function;

import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.complex.ComplexDoubleType;
import net.imglib2.type.numeric.complex.ComplexFloatType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.LongType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;

/**
 * The ImgLib2 pixel type of each numeric {@link DType}, and how a decoded chunk becomes that
 * type's cell storage.
 * <p>
 * Chunks already hold their elements at native width in the layout ImgLib2 expects (unsigned
 * types in signed primitives, complex values interleaved), so every type wraps the chunk's array
 * as is, except {@code float16}, whose raw half bits become a {@code float[]} when a cell is built.
 * {@code bool} maps to {@link UnsignedByteType} holding 0 or 1.
 * </p>
 *
 * @param type the pixel type
 * @param access wraps a decoded chunk's primitive array into the cell's data access
 */
public record PixelType(NativeType<?> type, Function<Object, ArrayDataAccess<?>> access) {

	/**
	 * The pixel type for {@code dtype}.
	 *
	 * @param file names the array in the message of the exception
	 * @throws TesseraIOException.Unsupported for a non-numeric type (strings, structured records)
	 */
	public static PixelType of(final DType dtype, final String file) throws TesseraIOException {
		if (!dtype.isNumeric()) {
			throw new TesseraIOException.Unsupported(file, "data type " + dtype.name() + " cannot be read as pixels");
		}
		return switch (dtype.name()) {
			case "bool", "uint8" -> bytes(new UnsignedByteType());
			case "int8" -> bytes(new ByteType());
			case "int16" -> shorts(new ShortType());
			case "uint16" -> shorts(new UnsignedShortType());
			case "int32" -> ints(new IntType());
			case "uint32" -> ints(new UnsignedIntType());
			case "int64" -> longs(new LongType());
			case "uint64" -> longs(new UnsignedLongType());
			case "float16" -> new PixelType(new FloatType(), d -> new FloatArray(halfToFloat((short[]) d)));
			case "float32" -> floats(new FloatType());
			case "float64" -> doubles(new DoubleType());
			case "complex64" -> floats(new ComplexFloatType());
			case "complex128" -> doubles(new ComplexDoubleType());
			default -> throw new TesseraIOException.Unsupported(file, "no pixel type for data type " + dtype.name());
		};
	}

	/** The number of bytes a cell's storage occupies: its cache weight. */
	public static long bytes(final ArrayDataAccess<?> access) {
		final Object a = access.getCurrentStorageArray();
		final int width = a instanceof byte[] ? 1 : a instanceof short[] ? 2 :
			a instanceof int[] || a instanceof float[] ? 4 : 8;
		return (long) access.getArrayLength() * width;
	}

	// -- Helper methods --

	private static PixelType bytes(final NativeType<?> t) {
		return new PixelType(t, d -> new ByteArray((byte[]) d));
	}

	private static PixelType shorts(final NativeType<?> t) {
		return new PixelType(t, d -> new ShortArray((short[]) d));
	}

	private static PixelType ints(final NativeType<?> t) {
		return new PixelType(t, d -> new IntArray((int[]) d));
	}

	private static PixelType longs(final NativeType<?> t) {
		return new PixelType(t, d -> new LongArray((long[]) d));
	}

	private static PixelType floats(final NativeType<?> t) {
		return new PixelType(t, d -> new FloatArray((float[]) d));
	}

	private static PixelType doubles(final NativeType<?> t) {
		return new PixelType(t, d -> new DoubleArray((double[]) d));
	}

	private static float[] halfToFloat(final short[] bits) {
		final float[] f = new float[bits.length];
		for (int i = 0; i < bits.length; i++) f[i] = DType.halfToFloat(bits[i]);
		return f;
	}
}
