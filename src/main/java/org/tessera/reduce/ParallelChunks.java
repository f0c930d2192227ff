package org.tessera.reduce;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.ReusableChunks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Visits every chunk of an array once, in any order, on several threads: each worker takes the
 * next chunk from a shared counter and folds it into its own state, so memory is one chunk and one
 * state per thread. The basis of order-free reductions.
 */
public final class ParallelChunks {

	/** Folds one chunk into a worker's state. */
	public interface Fold<S> {
		void add(S state, Chunk chunk) throws IOException;
	}

	private ParallelChunks() {}

	/**
	 * Reads every chunk with {@code threads} workers.
	 *
	 * @return the workers' states, one per thread
	 */
	public static <S> List<S> fold(final ChunkedArray a, final int threads, final Supplier<S> init,
		final Fold<S> fold) throws IOException
	{
		return fold(a, threads, init, fold, false);
	}

	/**
	 * Like {@link #fold(ChunkedArray, int, Supplier, Fold)}; with {@code reuse} the fold promises
	 * to keep nothing of a chunk's data after {@code add} returns, so arrays that are
	 * {@link ReusableChunks} decode each worker's next chunk into its previous chunk's array.
	 * NB: a 2 GiB pass then allocates a handful of chunk arrays instead of one per chunk, and the
	 * JVM no longer zeroes each (a full extra pass over memory) or grows its heap to hold them.
	 */
	public static <S> List<S> fold(final ChunkedArray a, final int threads, final Supplier<S> init, final Fold<S> fold,
		final boolean reuse) throws IOException
	{
		final ReusableChunks reusable = reuse && a instanceof ReusableChunks r ? r : null;
		final long[] grid = a.chunkGrid();
		long total = a.elementCount() == 0 ? 0 : 1;
		for (final long g : grid) total *= g;
		final long n = total;
		final AtomicLong next = new AtomicLong();
		final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			final Thread t = new Thread(r, "tessera-chunks");
			t.setDaemon(true);
			return t;
		});
		try {
			final List<Future<S>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					final S state = init.get();
					Object spare = null;
					for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						final Chunk c = reusable == null ? a.readChunk(unravel(i, grid)) : reusable.readChunk(spare, unravel(i, grid));
						fold.add(state, c);
						spare = c.data();
					}
					return state;
				}));
			}
			final List<S> states = new ArrayList<>();
			for (final Future<S> w : workers) {
				@SuppressWarnings("unchecked")
				final S s = (S) ArrayStatistics.await(w);
				states.add(s);
			}
			return states;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The C-order grid position of a flat chunk index. */
	static long[] unravel(long index, final long[] grid) {
		final long[] pos = new long[grid.length];
		for (int d = grid.length - 1; d >= 0; d--) {
			pos[d] = index % grid[d];
			index /= grid[d];
		}
		return pos;
	}
}
