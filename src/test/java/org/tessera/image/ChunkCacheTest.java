package org.tessera.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;

/** The chunk cache stays within its byte capacity, evicts least recently used chunks, loads once. */
class ChunkCacheTest {

	@Test
	void weightedSizeNeverExceedsCapacityAndEvictedChunksAreReread() throws Exception {
		// 16 chunks of 16 x 16 uint16 = 512 bytes each; room for 4
		final MemoryChunkedArray array = new MemoryChunkedArray(DType.UINT16, new long[] { 64, 64 },
			new int[] { 16, 16 }, 2);
		final ChunkCache cache = new ChunkCache(2048);
		final RandomAccessibleInterval<?> image = LazyImages.open(array, cache);
		for (long y = 0; y < 64; y += 16) {
			for (long x = 0; x < 64; x += 16) {
				LazyImagesDifferentialTest.assertMatches(array, Views.interval(image, new long[] { x, y },
					new long[] { x + 15, y + 15 }));
				assertTrue(cache.weightedSize() <= 2048, "weighted size " + cache.weightedSize());
			}
		}
		assertEquals(2048, cache.weightedSize());
		assertEquals(4, cache.size());
		assertEquals(12, cache.evictionCount());
		LazyImagesDifferentialTest.assertMatches(array, image);
		assertEquals(2, array.reads().get(List.of(0L, 0L)).get(), "the first chunk was evicted and read again");
		assertTrue(cache.weightedSize() <= 2048);
	}

	@Test
	void weightCountsPrimitiveBytesIncludingConvertedHalfFloats() throws Exception {
		final ChunkCache cache = new ChunkCache(1 << 20);
		final MemoryChunkedArray half = new MemoryChunkedArray(DType.FLOAT16, new long[] { 10, 10 },
			new int[] { 10, 10 }, 2);
		final RandomAccessibleInterval<?> halfImage = LazyImages.open(half, cache);
		LazyImagesDifferentialTest.assertMatches(half, halfImage);
		assertEquals(100 * 4, cache.weightedSize(), "float16 cells are stored as float[]");
		final MemoryChunkedArray complex = new MemoryChunkedArray(DType.COMPLEX128, new long[] { 3, 5 },
			new int[] { 3, 5 }, 2);
		final RandomAccessibleInterval<?> complexImage = LazyImages.open(complex, cache);
		LazyImagesDifferentialTest.assertMatches(complex, complexImage);
		assertEquals(100 * 4 + 15 * 16, cache.weightedSize());
	}

	@Test
	void shrinkingTheCapacityEvictsAtOnce() {
		final ChunkCache cache = new ChunkCache(1000);
		for (int i = 0; i < 10; i++) cache.get(key(i), () -> new ChunkCache.Entry("v", 100));
		assertEquals(1000, cache.weightedSize());
		cache.get(key(0), () -> new ChunkCache.Entry("unused", 100));
		cache.setCapacity(250);
		assertEquals(200, cache.weightedSize());
		assertTrue(cache.contains(key(0)), "key 0 was used most recently");
		assertTrue(cache.contains(key(9)));
		assertEquals(10, cache.loadCount());
	}

	@Test
	void anEntryLargerThanTheCapacityIsReturnedButNotKept() {
		final ChunkCache cache = new ChunkCache(10);
		assertEquals("big", cache.get(key(1), () -> new ChunkCache.Entry("big", 11)));
		assertEquals(0, cache.weightedSize());
		assertEquals(0, cache.size());
	}

	@Test
	void concurrentCallersShareOneLoadAndOneFailure() throws Exception {
		final ChunkCache cache = new ChunkCache(1 << 20);
		final AtomicInteger loads = new AtomicInteger();
		final CountDownLatch release = new CountDownLatch(1);
		final ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			final List<Future<Object>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				results.add(pool.submit(() -> cache.get(key(7), () -> {
					loads.incrementAndGet();
					await(release);
					return new ChunkCache.Entry(new int[1], 4);
				})));
			}
			Thread.sleep(200);
			release.countDown();
			final Object first = results.get(0).get();
			for (final Future<Object> f : results) assertSame(first, f.get());
			assertEquals(1, loads.get());
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aFailedLoadIsNotCachedAndIsRetried() {
		final ChunkCache cache = new ChunkCache(1 << 20);
		final ChunkLoadException e = assertThrows(ChunkLoadException.class, () -> cache.get(key(3), () -> {
			throw new ChunkLoadException("k", new java.io.IOException("/f/0.0: disk on fire"));
		}));
		assertEquals("/f/0.0: disk on fire (while loading chunk k)", e.getMessage());
		assertEquals(0, cache.size());
		assertEquals("ok", cache.get(key(3), () -> new ChunkCache.Entry("ok", 1)));
	}

	@Test
	void sharedCacheDefaultsToAQuarterOfTheHeap() {
		final String property = System.getProperty(ChunkCache.CAPACITY_PROPERTY);
		final long expected = property == null ? Runtime.getRuntime().maxMemory() / 4 : Long.parseLong(property);
		assertEquals(expected, ChunkCache.shared().capacity());
		assertNotEquals(0, ChunkCache.shared().capacity());
	}

	private static ChunkCache.Key key(final long i) {
		return new ChunkCache.Key("test", new long[] { i, 0 });
	}

	private static void await(final CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
