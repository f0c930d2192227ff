package org.tessera.image;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.imglib2.Interval;
import net.imglib2.RandomAccess;
import net.imglib2.img.cell.AbstractCellImg;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.util.IntervalIndexer;

/**
 * Loads the cells of a cell image that intersect a region, in parallel: the range of grid
 * positions is cut into a bounded number of slices (never a list of all positions), and each task
 * touches its cells through its own random access, which goes through the image's cache.
 */
final class CellPrefetch {

	// NB: more slices than threads so that slow chunks do not leave threads idle.
	private static final int MAX_TASKS = 256;
	private static ExecutorService shared;

	private final AbstractCellImg<?, ?, ?, ?> image;
	private final long[] gridMin;
	private final long[] gridSize;
	private final long count;

	CellPrefetch(final AbstractCellImg<?, ?, ?, ?> image, final Interval region) {
		this.image = image;
		final CellGrid grid = image.getCellGrid();
		final int n = grid.numDimensions();
		gridMin = new long[n];
		gridSize = new long[n];
		long c = 1;
		for (int d = 0; d < n; d++) {
			final long lo = Math.max(region.min(d), 0);
			final long hi = Math.min(region.max(d), grid.imgDimension(d) - 1);
			gridMin[d] = lo / grid.cellDimension(d);
			gridSize[d] = hi < lo ? 0 : hi / grid.cellDimension(d) - gridMin[d] + 1;
			c = Math.multiplyExact(c, gridSize[d]);
		}
		count = c;
	}

	/** A daemon pool with one thread per processor, shared by every prefetch that names no executor. */
	static synchronized ExecutorService sharedExecutor() {
		if (shared == null) {
			shared = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
				final Thread t = new Thread(r, "tessera-chunk-loader");
				t.setDaemon(true);
				return t;
			});
		}
		return shared;
	}

	/** The number of cells in the region. */
	long cellCount() {
		return count;
	}

	void run(final ExecutorService executor) {
		final long tasks = Math.min(count, MAX_TASKS);
		final List<Future<?>> futures = new ArrayList<>();
		for (long k = 0; k < tasks; k++) {
			final long from = count * k / tasks, to = count * (k + 1) / tasks;
			futures.add(executor.submit(() -> touch(from, to)));
		}
		for (final Future<?> f : futures) await(f);
	}

	// -- Helper methods --

	private void touch(final long from, final long to) {
		final RandomAccess<?> cells = image.getCells().randomAccess();
		final long[] position = new long[gridMin.length];
		for (long i = from; i < to; i++) {
			IntervalIndexer.indexToPositionWithOffset(i, gridSize, gridMin, position);
			cells.setPosition(position);
			cells.get();
		}
	}

	private static void await(final Future<?> f) {
		try {
			f.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while prefetching chunks", e);
		}
		catch (final ExecutionException e) {
			throw ChunkLoadException.unwrap(e.getCause());
		}
	}
}
