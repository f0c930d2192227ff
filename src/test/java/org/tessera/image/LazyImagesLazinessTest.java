package org.tessera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import net.imglib2.FinalInterval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.tessera.io.Axis;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.TesseraIOException;

/**
 * Laziness: huge arrays open without reading, a plane reads exactly the chunks it covers, each
 * once; prefetch loads a region in parallel; read failures surface with the file and the cause.
 */
class LazyImagesLazinessTest {

	/** 2^30 planes of 1024 x 1024: 2^50 elements in 2^34 chunks, more than an int can count. */
	private static final long[] HUGE = { 1L << 30, 1024, 1024 };

	@Test
	void hugeArrayOpensWithoutReadingAndAPlaneReadsItsChunksOnce() throws Exception {
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.UINT16, HUGE, new int[] { 1, 300, 300 }, 3);
		final long start = System.nanoTime();
		final LazyCellImg<UnsignedShortType, ?> image = LazyImages.open(array, new ChunkCache(1 << 26));
		assertTrue(System.nanoTime() - start < 1_000_000_000L, "opening must not touch the grid");
		assertEquals(0, array.totalReads());
		assertEquals(1L << 34, image.getCellGrid().gridDimension(0) * image.getCellGrid().gridDimension(1) *
			image.getCellGrid().gridDimension(2));

		final long z = (1L << 30) - 5;
		final RandomAccessibleInterval<UnsignedShortType> plane = Views.hyperSlice(image, 2, z);
		LazyImagesDifferentialTest.assertMatches(array, Views.addDimension(plane, z, z));
		// NB: 1024 / 300 -> 4 chunks per axis, the last one clipped to 124.
		assertEquals(16, array.reads().size());
		array.reads().forEach((position, n) -> {
			assertEquals(z, position.get(0));
			assertEquals(1, n.get(), "chunk " + position + " read once");
		});
	}

	@Test
	void hugeTwoDimensionalArrayReadsOnlyTheBoxItCovers() throws Exception {
		final long side = 1L << 25;
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.FLOAT32, new long[] { side, side },
			new int[] { 256, 256 }, 5);
		final RandomAccessibleInterval<?> image = LazyImages.open(array, new ChunkCache(1 << 26));
		assertEquals(0, array.totalReads());
		final long[] min = { side - 1000, side - 600 }, max = { side - 1, side - 2 };
		LazyImagesDifferentialTest.assertMatches(array, Views.interval(image, min, max));
		// x: [side-1000, side-1] spans 4 chunks of 256 (the grid is aligned to 256 at side); y: 3
		assertEquals(12, array.reads().size());
		assertTrue(array.reads().values().stream().allMatch(n -> n.get() == 1));
	}

	@Test
	void prefetchLoadsEveryChunkOfARegionInParallelOnce() throws Exception {
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.INT32, new long[] { 4, 100, 100 },
			new int[] { 1, 32, 32 }, 9);
		array.setDelayMillis(50);
		final ChunkCache cache = new ChunkCache(1 << 24);
		final RandomAccessibleInterval<?> image = LazyImages.open(array, cache);
		final ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			final long start = System.nanoTime();
			LazyImages.prefetch(image, new FinalInterval(new long[] { 0, 0, 2 }, new long[] { 99, 99, 2 }), pool);
			final long millis = (System.nanoTime() - start) / 1_000_000;
			assertEquals(16, array.totalReads());
			assertTrue(millis < 16 * 50 / 2, "parallel loads took " + millis + " ms");
		}
		finally {
			pool.shutdown();
		}
		LazyImagesDifferentialTest.assertMatches(array, Views.interval(image, new long[] { 0, 0, 2 },
			new long[] { 99, 99, 2 }));
		assertEquals(16, array.totalReads(), "the plane was served from the cache");
		assertEquals(16, cache.size());
	}

	@Test
	void readFailureNamesTheChunkFileAndCause() throws Exception {
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.UINT8, new long[] { 10, 10 },
			new int[] { 4, 4 }, 1);
		array.failAt(1, 2);
		final RandomAccess<?> ra = LazyImages.open(array, new ChunkCache(1 << 20)).randomAccess();
		ra.setPosition(new long[] { 9, 5 });
		final ChunkLoadException e = assertThrows(ChunkLoadException.class, ra::get);
		assertInstanceOf(TesseraIOException.Corrupt.class, e.getCause());
		assertEquals(array.location().resolve("1.2") + ": injected failure (while loading chunk " +
			array.location() + " [1, 2])", e.getMessage());
		final ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			final RandomAccessibleInterval<?> image = LazyImages.open(array, new ChunkCache(1 << 20));
			final ChunkLoadException p = assertThrows(ChunkLoadException.class, () -> LazyImages.prefetch(image,
				new FinalInterval(new long[] { 0, 0 }, new long[] { 9, 9 }), pool));
			assertEquals(e.getMessage(), p.getMessage(), "prefetch rethrows the worker's failure in the caller");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void nonNumericDtypeIsUnsupported() {
		final MemoryChunkedArray array = new MemoryChunkedArray("labels", DType.unreadable("|S10",
			DType.Kind.STRING, 10), new long[] { 3 }, new int[] { 3 }, List.of(Axis.named("x")), 1);
		final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> LazyImages.open(array));
		assertEquals(array.location() + " labels: data type |S10 cannot be read as pixels", e.getMessage());
	}

	@Test
	void concurrentRequestsForOneChunkLoadItOnce() throws Exception {
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.UINT16, new long[] { 64, 64 },
			new int[] { 32, 32 }, 4);
		array.setDelayMillis(300);
		final RandomAccessibleInterval<UnsignedShortType> image = LazyImages.open(array, new ChunkCache(1 << 20));
		final AtomicInteger agree = new AtomicInteger();
		final Thread[] threads = new Thread[8];
		for (int i = 0; i < threads.length; i++) {
			final int x = i;
			threads[i] = new Thread(() -> {
				final RandomAccess<UnsignedShortType> ra = image.randomAccess();
				ra.setPosition(new long[] { x, 40 });
				if (ra.get().getIntegerLong() == (Long) array.value(new long[] { 40, x }, 0)) agree.incrementAndGet();
			});
		}
		for (final Thread t : threads) t.start();
		for (final Thread t : threads) t.join();
		assertEquals(8, agree.get());
		assertEquals(1, array.totalReads());
		assertEquals(1, array.reads().get(List.of(1L, 0L)).get());
	}
}
