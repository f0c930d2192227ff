package org.tessera.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.tessera.io.Axis;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.MemoryContainer;
import org.tessera.io.Multiscale;
import org.tessera.io.TesseraIOException;

/** ImageJ virtual hyperstacks over generated arrays, checked headlessly against the generator. */
class DatasetImagesTest {

	private static final List<Axis> TCZYX = List.of(new Axis("t", "time", "second", 1.5, 0),
		new Axis("c", "channel", "", 1, 0), new Axis("z", "space", "micrometer", 2, 4),
		new Axis("y", "space", "micrometer", 0.25, 1), new Axis("x", "space", "nanometer", 0.5, -3));

	private static final long[] SHAPE = { 3, 2, 4, 37, 53 };

	@Test
	void fiveDimensionalArrayBecomesACalibratedHyperstack() throws Exception {
		final MemoryChunkedArray a = array("raw", DType.UINT16, SHAPE, new int[] { 1, 1, 3, 16, 20 }, TCZYX);
		final ImagePlus imp = DatasetImages.open(new MemoryContainer("sample.zarr").add(a), "raw");
		assertEquals("sample.zarr - raw", imp.getTitle());
		assertEquals(24, imp.getStackSize());
		assertEquals(List.of(53, 37, 2, 4, 3), List.of(imp.getWidth(), imp.getHeight(), imp.getNChannels(),
			imp.getNSlices(), imp.getNFrames()));
		assertTrue(imp.isHyperStack());
		assertTrue(imp.getStack().isVirtual());
		final Calibration cal = imp.getCalibration();
		assertEquals(0.5, cal.pixelWidth);
		assertEquals(0.25, cal.pixelHeight);
		assertEquals(2, cal.pixelDepth);
		assertEquals("nm", cal.getXUnit());
		assertEquals("µm", cal.getYUnit());
		assertEquals("µm", cal.getZUnit());
		assertEquals(6, cal.xOrigin, "ImageJ origin in pixels: -offset / scale");
		assertEquals(-4, cal.yOrigin);
		assertEquals(1.5, cal.frameInterval);
		assertEquals("s", cal.getTimeUnit());
		for (final int[] czt : new int[][] { { 0, 0, 0 }, { 1, 0, 0 }, { 0, 3, 1 }, { 1, 2, 2 } }) {
			final ImageProcessor ip = imp.getStack().getProcessor(imp.getStackIndex(czt[0] + 1, czt[1] + 1, czt[2] + 1));
			assertInstanceOf(ShortProcessor.class, ip);
			assertPlane(a, ip, x -> new long[] { czt[2], czt[0], czt[1], x[1], x[0] }, 0);
		}
	}

	@Test
	void slicesFollowImageJsCztOrder() throws Exception {
		final MemoryChunkedArray a = array("raw", DType.UINT8, SHAPE, new int[] { 2, 2, 2, 20, 20 }, TCZYX);
		final ImageStack stack = DatasetImages.open(new MemoryContainer("s.zarr").add(a), "raw").getStack();
		final int[][] expected = { { 0, 0, 0 }, { 1, 0, 0 }, { 0, 1, 0 }, { 1, 1, 0 } };
		for (int n = 1; n <= 4; n++) {
			final int[] czt = expected[n - 1];
			assertEquals(a.value(new long[] { czt[2], czt[0], czt[1], 5, 7 }, 0), (long) stack.getProcessor(n).get(7, 5));
		}
		assertEquals(a.value(new long[] { 2, 1, 3, 36, 52 }, 0), (long) stack.getProcessor(24).get(52, 36));
		assertEquals("c:2/2 z:4/4 t:3/3", stack.getSliceLabel(24));
	}

	@Test
	void aPlaneReadsOnlyTheChunksItCovers() throws Exception {
		final MemoryChunkedArray a = array("raw", DType.FLOAT32, SHAPE, new int[] { 1, 1, 3, 16, 20 }, TCZYX);
		final ImagePlus imp = DatasetImages.open(new MemoryContainer("s.zarr").add(a), "raw");
		final int reads = a.totalReads(); // NB: ImagePlus reads plane 1 when it is built
		final ImageProcessor ip = imp.getStack().getProcessor(imp.getStackIndex(2, 4, 3));
		assertInstanceOf(FloatProcessor.class, ip);
		assertPlane(a, ip, x -> new long[] { 2, 1, 3, x[1], x[0] }, 0);
		assertEquals(reads + 3 * 3, a.totalReads(), "37 x 53 in 16 x 20 chunks: 3 x 3 chunks");
		imp.getStack().getProcessor(imp.getStackIndex(2, 4, 3));
		assertEquals(reads + 9, a.totalReads(), "the second read comes from the cache");
	}

	@Test
	void int16UsesImageJsSigned16BitCalibration() throws Exception {
		final MemoryChunkedArray a = array("s", DType.INT16, new long[] { 30, 40 }, new int[] { 7, 9 }, yx());
		final ImagePlus imp = DatasetImages.open(new MemoryContainer("s.zarr").add(a), "s");
		assertTrue(imp.getCalibration().isSigned16Bit());
		final ImageProcessor ip = imp.getProcessor();
		for (final int[] p : new int[][] { { 0, 0 }, { 39, 29 }, { 17, 11 } }) {
			final long v = (Long) a.value(new long[] { p[1], p[0] }, 0);
			assertEquals(v + PlaneReader.SIGNED_16_OFFSET, ip.get(p[0], p[1]));
			assertEquals(v, imp.getCalibration().getCValue(ip.get(p[0], p[1])));
		}
	}

	@Test
	void processorTypesAndConversionsPerDtype() throws Exception {
		assertInstanceOf(ByteProcessor.class, plane(DType.BOOL));
		assertInstanceOf(ByteProcessor.class, plane(DType.UINT8));
		assertInstanceOf(FloatProcessor.class, plane(DType.INT8));
		assertInstanceOf(FloatProcessor.class, plane(DType.UINT32));
		final MemoryChunkedArray c = array("z", DType.COMPLEX64, new long[] { 6, 5 }, new int[] { 4, 4 }, yx());
		final ImageProcessor ip = DatasetImages.open(new MemoryContainer("c.zarr").add(c), "z").getProcessor();
		final double re = (Double) c.value(new long[] { 4, 3 }, 0), im = (Double) c.value(new long[] { 4, 3 }, 1);
		assertEquals((float) Math.hypot(re, im), ip.getf(3, 4));
		final MemoryChunkedArray u = array("u", DType.UINT64, new long[] { 6, 5 }, new int[] { 4, 4 }, yx());
		final ImageProcessor up = DatasetImages.open(new MemoryContainer("u.zarr").add(u), "u").getProcessor();
		for (int y = 0; y < 6; y++) {
			for (int x = 0; x < 5; x++) {
				final String unsigned = Long.toUnsignedString((Long) u.value(new long[] { y, x }, 0));
				assertEquals(Float.parseFloat(unsigned), up.getf(x, y), Math.ulp(up.getf(x, y)), "uint64 " + unsigned);
			}
		}
	}

	@Test
	void namedXAndYNeedNotBeTheFastestAxes() throws Exception {
		final List<Axis> axes = List.of(Axis.named("Y"), Axis.named("X"), Axis.named("channel"));
		final MemoryChunkedArray a = array("yxc", DType.UINT16, new long[] { 20, 30, 3 }, new int[] { 8, 8, 2 }, axes);
		final ImagePlus imp = DatasetImages.open(new MemoryContainer("s.zarr").add(a), "yxc");
		assertEquals(List.of(30, 20, 3, 1, 1), List.of(imp.getWidth(), imp.getHeight(), imp.getNChannels(),
			imp.getNSlices(), imp.getNFrames()));
		assertPlane(a, imp.getStack().getProcessor(3), x -> new long[] { x[1], x[0], 2 }, 0);
	}

	@Test
	void unnamedAxesBrowseAsZThenCThenT() throws Exception {
		final MemoryChunkedArray a = new MemoryChunkedArray(DType.UINT8, new long[] { 2, 3, 4, 10, 12 },
			new int[] { 1, 2, 3, 5, 5 }, 8);
		final ImagePlus imp = DatasetImages.open(new MemoryContainer("u.zarr").add(a), "/");
		assertEquals("u.zarr", imp.getTitle());
		assertEquals(List.of(12, 10, 3, 4, 2), List.of(imp.getWidth(), imp.getHeight(), imp.getNChannels(),
			imp.getNSlices(), imp.getNFrames()));
		assertPlane(a, imp.getStack().getProcessor(imp.getStackIndex(3, 2, 2)), x -> new long[] { 1, 2, 1, x[1], x[0] }, 0);
	}

	@Test
	void furtherAxesAreHeldAtZeroOrAtTheGivenIndex() throws Exception {
		final List<Axis> axes = List.of(new Axis("a", "space", "", 1, 0), new Axis("b", "space", "", 1, 0),
			new Axis("energy", "", "eV", 1, 0), Axis.named("y"), Axis.named("x"));
		final MemoryChunkedArray a = array("eels", DType.FLOAT64, new long[] { 3, 4, 5, 8, 9 },
			new int[] { 2, 3, 2, 4, 4 }, axes);
		final MemoryContainer c = new MemoryContainer("e.zarr").add(a);
		// a: the first space axis -> Z; energy claims no role by name -> the free C; b -> held at 0
		final ImagePlus byDefault = DatasetImages.open(c, "eels");
		assertEquals(List.of(5, 3, 1), List.of(byDefault.getNChannels(), byDefault.getNSlices(), byDefault.getNFrames()));
		assertPlane(a, byDefault.getStack().getProcessor(byDefault.getStackIndex(2, 3, 1)),
			x -> new long[] { 2, 0, 1, x[1], x[0] }, 0);
		final ImagePlus held = DatasetImages.open(c, "eels", Map.of("A", 2L, "b", 1L));
		assertEquals(List.of(1, 5, 1), List.of(held.getNChannels(), held.getNSlices(), held.getNFrames()));
		assertPlane(a, held.getStack().getProcessor(4), x -> new long[] { 2, 1, 3, x[1], x[0] }, 0);
		assertEquals("no axis named 'q' to hold fixed", assertThrows(IllegalArgumentException.class,
			() -> DatasetImages.open(c, "eels", Map.of("q", 0L))).getMessage());
	}

	@Test
	void pyramidLevelsAndTheDefaultLevel() throws Exception {
		final MemoryContainer c = new MemoryContainer("p.zarr");
		final long[][] shapes = { { 300, 400 }, { 150, 200 }, { 75, 100 } };
		for (int i = 0; i < 3; i++) {
			c.add(array("p/" + i, DType.UINT8, shapes[i], new int[] { 64, 64 }, List.of(
				new Axis("y", "space", "nanometer", 1 << i, 0), new Axis("x", "space", "nanometer", 1 << i, 0))));
		}
		final Multiscale m = new Multiscale("p", "pyramid", List.of("p/0", "p/1", "p/2"));
		c.addMultiscale(m);
		assertEquals(0, DatasetImages.defaultLevel(c, m, 1000, 1000));
		assertEquals(1, DatasetImages.defaultLevel(c, m, 250, 200));
		assertEquals(2, DatasetImages.defaultLevel(c, m, 100, 75));
		assertEquals(2, DatasetImages.defaultLevel(c, m, 50, 50), "none fits: the coarsest");
		final ImagePlus imp = DatasetImages.open(c, m, 1);
		assertEquals("p.zarr - p/1", imp.getTitle());
		assertEquals(200, imp.getWidth());
		assertEquals(2, imp.getCalibration().pixelWidth);
		assertEquals(IllegalArgumentException.class, assertThrows(IllegalArgumentException.class,
			() -> DatasetImages.open(c, m, 3)).getClass());
	}

	@Test
	void aPlaneTooLargeForImageJIsRefusedBeforeReading() {
		final MemoryChunkedArray a = array("big", DType.UINT8, new long[] { 1L << 20, 1L << 20 },
			new int[] { 256, 256 }, yx());
		final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class,
			() -> DatasetImages.open(new MemoryContainer("b.zarr").add(a), "big"));
		assertEquals(a.location() + " big: a plane of 1048576 x 1048576 pixels is too large for ImageJ; " +
			"open a coarser pyramid level or hold more axes fixed", e.getMessage());
		assertEquals(0, a.totalReads());
	}

	// -- Helper methods --

	private static MemoryChunkedArray array(final String name, final DType t, final long[] shape, final int[] chunks,
		final List<Axis> axes)
	{
		return new MemoryChunkedArray(name, t, shape, chunks, axes, name.hashCode());
	}

	private static List<Axis> yx() {
		return List.of(Axis.named("y"), Axis.named("x"));
	}

	private static ImageProcessor plane(final DType t) throws Exception {
		final MemoryChunkedArray a = array("a", t, new long[] { 6, 5 }, new int[] { 4, 4 }, yx());
		final ImageProcessor ip = DatasetImages.open(new MemoryContainer("t.zarr").add(a), "a").getProcessor();
		assertPlane(a, ip, x -> new long[] { x[1], x[0] }, 0);
		return ip;
	}

	/** Every pixel of {@code ip} equals the generator's value at {@code position(x, y)}. */
	private static void assertPlane(final MemoryChunkedArray a, final ImageProcessor ip,
		final java.util.function.Function<long[], long[]> position, final int component)
	{
		for (int y = 0; y < ip.getHeight(); y++) {
			for (int x = 0; x < ip.getWidth(); x++) {
				final Object v = a.value(position.apply(new long[] { x, y }), component);
				final float expected = v instanceof Long l ? (float) l : (float) (double) (Double) v;
				if (a.dtype().kind() == DType.Kind.COMPLEX) continue;
				assertEquals(expected, ip instanceof FloatProcessor ? ip.getf(x, y) : (float) ip.get(x, y), "at " + x + "," + y);
			}
		}
	}
}
