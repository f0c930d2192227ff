package org.tessera.embed.prep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.embed.Plane;
import org.tessera.io.Axis;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.MemoryContainer;
import org.tessera.io.MemoryZarr;
import org.tessera.io.Multiscale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lazy planes from chunked arrays agree with planes computed eagerly from every pixel. */
class PlanesTest {

	// -- Lazy equals eager --

	@Test
	void lazyPlaneFromMultiChunkZarrEqualsEagerPlane(@TempDir final Path dir) throws IOException {
		final MemoryChunkedArray m = new MemoryChunkedArray(DType.UINT16, new long[] { 3, 100, 130 },
			new int[] { 1, 32, 48 }, 7);
		MemoryZarr.write(m, dir.resolve("a.zarr"), List.of("z", "y", "x"));
		try (Container c = FormatReaders.open(dir.resolve("a.zarr"))) {
			final Plane lazy = Planes.read(c.array("/"), new PlaneSelection(new long[] { 1 }, null, 40,
				PlaneSelection.Sampling.BOX));
			assertEquals(33, lazy.width());
			assertEquals(25, lazy.height());
			assertArrayEquals(eagerBox(m, 1, new Region(0, 0, 130, 100), 4), lazy.data(), 1e-3f);
		}
	}

	@Test
	void regionAtFullResolutionIsTheExactSubArray() throws IOException {
		final MemoryChunkedArray m = new MemoryChunkedArray(DType.INT16, new long[] { 2, 90, 70 }, new int[] { 1, 16, 16 },
			3);
		final Region r = new Region(10, 20, 50, 30);
		final Plane p = Planes.read(m, new PlaneSelection(new long[] { 0 }, r, 64, PlaneSelection.Sampling.BOX));
		assertEquals(50, p.width());
		assertArrayEquals(eagerBox(m, 0, r, 1), p.data());
	}

	@Test
	void trailingSizeOneAxesAreNotThePlane() throws IOException {
		// NB: Velox stores an image as (y, x, frame = 1): the plane is y × x, not x × frame.
		final MemoryChunkedArray m = new MemoryChunkedArray(DType.INT16, new long[] { 12, 9, 1 }, new int[] { 5, 4, 1 }, 4);
		assertTrue(Planes.hasPlane(m));
		assertArrayEquals(new long[] { 9, 12 }, Planes.size(m));
		final Plane p = Planes.read(m, PlaneSelection.whole(64));
		assertEquals(9, p.width());
		assertEquals(12, p.height());
		for (int y = 0; y < 12; y++) {
			for (int x = 0; x < 9; x++) assertEquals(((Number) m.value(new long[] { y, x, 0 }, 0)).floatValue(),
				p.at(0, y, x), "pixel " + y + "," + x);
		}
	}

	@Test
	void middlePlaneIsTheDefaultIndex() throws IOException {
		final MemoryChunkedArray m = new MemoryChunkedArray(DType.UINT8, new long[] { 5, 20, 20 }, new int[] { 2, 8, 8 }, 1);
		assertArrayEquals(eagerBox(m, 2, new Region(0, 0, 20, 20), 1), Planes.read(m, PlaneSelection.whole(20)).data());
	}

	@Test
	void strideSamplingReadsOnlyChunksHoldingSamples() throws IOException {
		final MemoryChunkedArray m = new MemoryChunkedArray(DType.UINT16, new long[] { 200, 200 }, new int[] { 10, 10 }, 5);
		final Plane p = Planes.read(m, new PlaneSelection(null, null, 10, PlaneSelection.Sampling.STRIDE));
		assertEquals(10, p.width());
		for (int y = 0; y < 10; y++) {
			for (int x = 0; x < 10; x++) {
				assertEquals(((Long) m.value(new long[] { 20 * y, 20 * x }, 0)).floatValue(), p.at(0, y, x));
			}
		}
		assertEquals(100, m.totalReads(), "only every other chunk row and column holds a sample");
	}

	@Test
	void trailingRgbAxisBecomesThreeChannels() throws IOException {
		final MemoryChunkedArray m = new MemoryChunkedArray("rgb", DType.UINT8, new long[] { 12, 10, 4 },
			new int[] { 5, 5, 2 }, List.of(Axis.named("y"), Axis.named("x"), Axis.named("c")), 9);
		final Plane p = Planes.read(m, PlaneSelection.whole(64));
		assertEquals(3, p.channels());
		for (int c = 0; c < 3; c++) {
			assertEquals(((Long) m.value(new long[] { 11, 9, c }, 0)).floatValue(), p.at(c, 11, 9));
		}
	}

	// -- Pyramids and tiles --

	@Test
	void coarsestLevelThatIsStillBigEnoughIsRead() throws IOException {
		final MemoryChunkedArray l0 = level("0", 1000, 1200), l1 = level("1", 500, 600), l2 = level("2", 250, 300);
		final Container c = new MemoryContainer("p.zarr").add(l0).add(l1).add(l2)
			.addMultiscale(new Multiscale("", "p", List.of("0", "1", "2")));
		assertEquals(150, Planes.read(c, l0, PlaneSelection.whole(256)).width(), "level 2 (300 px) halved");
		assertEquals(300, Planes.read(c, l0, PlaneSelection.whole(400)).width(), "level 1 (600 px) halved");
		assertEquals(9, l2.totalReads());
		assertEquals(30, l1.totalReads());
		final Plane roi = Planes.read(c, l0, PlaneSelection.whole(256).withRegion(new Region(200, 100, 600, 600)));
		assertArrayEquals(eagerBox(l1, -1, new Region(100, 50, 300, 300), 2), roi.data(), 1e-3f);
		assertEquals(0, l0.totalReads(), "the finest level is never read");
	}

	@Test
	void tilesCoverThePlaneWithTheLastOneAtTheEdge() throws IOException {
		final MemoryChunkedArray m = new MemoryChunkedArray(DType.UINT8, new long[] { 50, 70 }, new int[] { 16, 16 }, 4);
		final List<Region> seen = new java.util.ArrayList<>();
		Planes.tiles(m, null, 32, 24, 16, (r, p) -> {
			seen.add(r);
			assertArrayEquals(eagerBox(m, -1, r, 2), p.data(), 1e-3f);
		});
		assertEquals(List.of(new Region(0, 0, 32, 32), new Region(24, 0, 32, 32), new Region(38, 0, 32, 32),
			new Region(0, 18, 32, 32), new Region(24, 18, 32, 32), new Region(38, 18, 32, 32)), seen);
	}

	// -- Helpers --

	private static MemoryChunkedArray level(final String name, final long h, final long w) {
		return new MemoryChunkedArray(name, DType.UINT16, new long[] { h, w }, new int[] { 100, 100 },
			List.of(Axis.named("y"), Axis.named("x")), 11);
	}

	/** The eager reference: every pixel of the region read by value, averaged over f × f boxes. */
	static float[] eagerBox(final MemoryChunkedArray m, final long lead, final Region r, final int f) {
		final int ow = (int) ((r.width() + f - 1) / f), oh = (int) ((r.height() + f - 1) / f);
		final double[] sum = new double[ow * oh];
		final int[] n = new int[ow * oh];
		for (long y = 0; y < r.height(); y++) {
			for (long x = 0; x < r.width(); x++) {
				final long[] pos = lead < 0 ? new long[] { r.y() + y, r.x() + x } : new long[] { lead, r.y() + y, r.x() + x };
				final int o = (int) (y / f) * ow + (int) (x / f);
				sum[o] += ((Number) m.value(pos, 0)).doubleValue();
				n[o]++;
			}
		}
		final float[] out = new float[sum.length];
		for (int i = 0; i < out.length; i++) out[i] = (float) (sum[i] / n[i]);
		return out;
	}
}
