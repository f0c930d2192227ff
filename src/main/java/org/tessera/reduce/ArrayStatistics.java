package org.tessera.reduce;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunk;
import org.tessera.io.DType;
import org.tessera.io.ReusableChunks;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams a whole array once, chunk by chunk, and computes its {@link Statistics}: the content
 * SHA-256 (elements in C order, little-endian) together with sum, min, max and mean.
 * <p>
 * The array is walked in <em>slabs</em>: all chunks that share one chunk index along the slowest
 * axis. A slab is the smallest unit that is contiguous in C order while reading each chunk once,
 * so its chunks are decoded in parallel into one little-endian buffer, and the buffer is hashed
 * while the next slab decodes. Memory is two slab buffers plus one chunk per thread, never the
 * array. NB: a slab larger than {@link #slabBudget} is hashed in thinner sub-slabs, which re-reads
 * its chunks once per sub-slab: slower, but bounded.
 * </p>
 */
public final class ArrayStatistics {

	/**
	 * Default bytes per slab buffer (two are in use): system property {@code tessera.stats.slab}, else
	 * 256 MiB or a third of the maximum heap, whichever is smaller, so that the two buffers leave a
	 * third of the heap for chunks in flight. NB: a quarter was too tight: with {@code -Xmx1g} the JVM
	 * reports ~980 MB, a quarter falls just under a 256 MiB slab, and every chunk was read twice.
	 */
	public static final long DEFAULT_SLAB_BUDGET = Long.getLong("tessera.stats.slab",
		Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 3));

	private final int threads;
	private final long slabBudget;
	private final boolean hash;

	/**
	 * @param threads decoding threads (at least 1)
	 * @param slabBudget the largest slab buffer in bytes
	 */
	public ArrayStatistics(final int threads, final long slabBudget) {
		this(threads, slabBudget, true);
	}

	/**
	 * @param threads decoding threads (at least 1)
	 * @param slabBudget the largest slab buffer in bytes
	 * @param hash whether to compute the content SHA-256; without it chunks are reduced in any order,
	 *          one chunk per thread in memory, and {@link Statistics#sha256()} is null
	 */
	public ArrayStatistics(final int threads, final long slabBudget, final boolean hash) {
		this.threads = Math.max(1, threads);
		this.slabBudget = Math.max(1, Math.min(slabBudget, Integer.MAX_VALUE - 64));
		this.hash = hash;
	}

	/** Statistics with one thread per core and the default slab budget. */
	public static Statistics compute(final ChunkedArray array) throws IOException {
		return new ArrayStatistics(Runtime.getRuntime().availableProcessors(), DEFAULT_SLAB_BUDGET).of(array);
	}

	/**
	 * Computes the statistics of one array.
	 *
	 * @throws TesseraIOException.Unsupported for a dtype that cannot be read as numbers
	 * @throws IOException on any read failure, with the file named
	 */
	public Statistics of(final ChunkedArray array) throws IOException {
		final DType type = array.dtype();
		if (!type.isNumeric()) {
			throw new TesseraIOException.Unsupported(array.location() + " [" + array.name() + "]",
				"data type '" + type + "' cannot be read as numbers");
		}
		if (!hash) {
			final PartialStatistics total = new PartialStatistics(type);
			// NB: add() keeps nothing of a chunk, so chunk arrays are reused.
			ParallelChunks.fold(array, threads, () -> new PartialStatistics(type), (p, c) -> p.add(c.data()), true)
				.forEach(total::merge);
			return total.result(null);
		}
		final MessageDigest sha = sha256();
		final PartialStatistics total = new PartialStatistics(type);
		final SlabPlan plan = SlabPlan.of(array, slabBudget);
		final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			final Thread t = new Thread(r, "tessera-stats");
			t.setDaemon(true);
			return t;
		});
		final ExecutorService hasher = Executors.newSingleThreadExecutor(r -> {
			final Thread t = new Thread(r, "tessera-sha256");
			t.setDaemon(true);
			return t;
		});
		try {
			Future<?> hashing = null;
			ByteBuffer spare = null;
			final Object[] spareChunks = new Object[threads];
			for (final SlabPlan.Slab slab : plan.slabs()) {
				final ByteBuffer buf = spare != null && spare.capacity() >= slab.bytes() ? spare.clear()
					: ByteBuffer.allocate((int) slab.bytes()).order(ByteOrder.LITTLE_ENDIAN);
				fill(array, plan, slab, buf, pool, total, spareChunks);
				if (hashing != null) spare = (ByteBuffer) await(hashing);
				final ByteBuffer ready = buf.limit((int) slab.bytes()).position(0);
				hashing = hasher.submit(() -> {
					sha.update(ready.array(), 0, ready.limit());
					return ready;
				});
			}
			if (hashing != null) await(hashing);
			return total.result(HexFormat.of().formatHex(sha.digest()));
		}
		finally {
			pool.shutdownNow();
			hasher.shutdownNow();
		}
	}

	/**
	 * Decodes the chunks of one slab in parallel into {@code buf}; chunk statistics go to {@code total}.
	 * Worker {@code t} takes the next chunk from a shared counter and decodes it into
	 * {@code spares[t]}, its former chunk's array (kept across slabs).
	 */
	private static void fill(final ChunkedArray array, final SlabPlan plan, final SlabPlan.Slab slab,
		final ByteBuffer buf, final ExecutorService pool, final PartialStatistics total, final Object[] spares)
		throws IOException
	{
		final List<long[]> chunks = plan.chunksOf(slab);
		final AtomicInteger next = new AtomicInteger();
		final List<Future<PartialStatistics>> parts = new ArrayList<>();
		for (int t = 0; t < spares.length; t++) {
			final int worker = t;
			parts.add(pool.submit(() -> {
				final PartialStatistics p = new PartialStatistics(array.dtype());
				for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
					final Chunk c = read(array, spares[worker], chunks.get(i));
					p.add(plan.clipToSlab(c, slab, array.dtype()));
					plan.copyInto(c, slab, buf, array.dtype());
					spares[worker] = c.data();
				}
				return p;
			}));
		}
		for (final Future<PartialStatistics> f : parts) {
			final PartialStatistics p = (PartialStatistics) await(f);
			synchronized (total) {
				total.merge(p);
			}
		}
	}

	/** Reads a chunk, into {@code spare} when the array can. */
	private static Chunk read(final ChunkedArray array, final Object spare, final long[] pos) throws IOException {
		return spare != null && array instanceof ReusableChunks r ? r.readChunk(spare, pos) : array.readChunk(pos);
	}

	static Object await(final Future<?> f) throws IOException {
		try {
			return f.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("statistics interrupted");
		}
		catch (final ExecutionException e) {
			if (e.getCause() instanceof IOException io) throw io;
			if (e.getCause() instanceof RuntimeException re) throw re;
			throw new IOException(e.getCause());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK has no SHA-256", e);
		}
	}
}
