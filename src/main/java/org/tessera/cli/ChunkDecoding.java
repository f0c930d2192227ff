package org.tessera.cli;

import org.tessera.io.ChunkedArray;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Reads and decodes every chunk of an array in parallel and discards it: the decoder's throughput. */
final class ChunkDecoding {

	private ChunkDecoding() {}

	/** Decodes every chunk with {@code threads} threads; returns the number of elements decoded. */
	static long decodeAll(final ChunkedArray a, final int threads) throws IOException {
		final long[] grid = a.chunkGrid();
		long total = 1;
		for (final long g : grid) total *= g;
		final AtomicLong next = new AtomicLong();
		final AtomicLong elements = new AtomicLong();
		final ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			final java.util.List<Future<?>> workers = new java.util.ArrayList<>();
			final long n = total;
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						elements.addAndGet(a.readChunk(unravel(i, grid)).elementCount());
					}
					return null;
				}));
			}
			for (final Future<?> w : workers) w.get();
			return elements.get();
		}
		catch (final java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long[] unravel(long index, final long[] grid) {
		final long[] pos = new long[grid.length];
		for (int d = grid.length - 1; d >= 0; d--) {
			pos[d] = index % grid[d];
			index /= grid[d];
		}
		return pos;
	}
}
