package org.tessera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.ComplexType;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;

/**
 * Differential test: the lazy image of a generated array agrees, pixel for pixel and exactly,
 * with the generator's values, over random non-chunk-aligned boxes, for every numeric dtype and
 * 1-D to 5-D shapes with chunk shapes that do not divide the shape.
 */
class LazyImagesDifferentialTest {

	private static final String[] DTYPES = { "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32",
		"int64", "uint64", "float16", "float32", "float64", "complex64", "complex128" };

	private static final long[][] SHAPES = { { 37 }, { 23, 31 }, { 10, 10 }, { 9, 13, 11 }, { 5, 6, 7, 8 },
		{ 3, 4, 5, 6, 7 } };

	private static final int[][] CHUNKS = { { 8 }, { 5, 7 }, { 16, 16 }, { 4, 5, 3 }, { 2, 4, 3, 5 },
		{ 2, 3, 2, 4, 5 } };

	static Stream<Arguments> cases() {
		final List<Arguments> cases = new ArrayList<>();
		for (final String t : DTYPES) {
			for (int s = 0; s < SHAPES.length; s++) cases.add(Arguments.of(t, SHAPES[s], CHUNKS[s]));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} chunks {2}")
	@MethodSource("cases")
	<T extends NativeType<T>> void lazyImageEqualsGenerator(final String dtype, final long[] shape, final int[] chunks)
		throws Exception
	{
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.forName(dtype), shape, chunks, 17);
		final RandomAccessibleInterval<T> image = LazyImages.open(array, new ChunkCache(1 << 24));
		assertEquals(shape[0], image.dimension(shape.length - 1), "C axis 0 is the last ImgLib2 dimension");
		final Random random = new Random(shape.length * 31L + dtype.hashCode());
		for (int box = 0; box < 6; box++) {
			final long[] min = new long[shape.length], max = new long[shape.length];
			for (int d = 0; d < shape.length; d++) {
				final long size = image.dimension(d);
				min[d] = random.nextLong(size);
				max[d] = min[d] + random.nextLong(size - min[d]);
			}
			assertMatches(array, Views.interval(image, min, max));
		}
		assertMatches(array, image);
	}

	/** Compares every pixel of {@code view} with the generator (exact equality). */
	static <T> void assertMatches(final MemoryChunkedArray array, final RandomAccessibleInterval<T> view) {
		final Cursor<T> c = Views.iterable(view).localizingCursor();
		final long[] position = new long[view.numDimensions()];
		while (c.hasNext()) {
			final T pixel = c.next();
			c.localize(position);
			final long[] cPosition = AxisOrder.reverse(position);
			for (int k = 0; k < array.dtype().components(); k++) {
				assertEquals(array.value(cPosition, k), actual(pixel, k), () -> "at C position " +
					java.util.Arrays.toString(cPosition));
			}
		}
	}

	/** A pixel's value as the generator reports it: Long for integer types, Double otherwise. */
	static Object actual(final Object pixel, final int component) {
		if (pixel instanceof IntegerType<?> i) return i.getIntegerLong();
		if (pixel instanceof RealType<?> r) return r.getRealDouble();
		final ComplexType<?> c = (ComplexType<?>) pixel;
		return component == 0 ? c.getRealDouble() : c.getImaginaryDouble();
	}
}
