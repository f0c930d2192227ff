package org.tessera.image;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A least-recently-used cache of decoded chunks, bounded in bytes, shared by every lazy image.
 * <p>
 * Entries are keyed by the array's identity (its location and internal name) and the chunk's grid
 * position, and weighed by the size of their primitive array. When an insertion pushes the total
 * weight above the capacity, the least recently used entries are dropped until it fits again, so
 * {@link #weightedSize()} never exceeds {@link #capacity()} between calls. Concurrent requests for
 * the same missing chunk load it once: the first caller loads, the others wait for its result.
 * </p>
 * <p>
 * {@link #shared()} is the JVM-wide instance. Its capacity is the system property
 * {@code tessera.cache.bytes} when set, a quarter of {@link Runtime#maxMemory()} otherwise, and
 * can be changed at any time with {@link #setCapacity(long)}.
 * </p>
 */
public final class ChunkCache {

	/** The system property that sets the shared cache's capacity in bytes. */
	public static final String CAPACITY_PROPERTY = "tessera.cache.bytes";

	private static final ChunkCache SHARED = new ChunkCache(defaultCapacity());

	// NB: one lock over an access-ordered map; loads run outside it, so a slow read never blocks hits.
	private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
	private final ConcurrentHashMap<Key, CompletableFuture<Entry>> loading = new ConcurrentHashMap<>();
	private long capacity;
	private long weight;
	private long loads;
	private long evictions;

	/** The identity of one chunk: the array's identity string and the chunk's grid position. */
	public record Key(String array, long[] position) {

		@Override
		public boolean equals(final Object o) {
			return o instanceof Key k && k.array.equals(array) && Arrays.equals(k.position, position);
		}

		@Override
		public int hashCode() {
			return 31 * array.hashCode() + Arrays.hashCode(position);
		}

		@Override
		public String toString() {
			return array + Arrays.toString(position);
		}
	}

	/** A loaded value and its weight in bytes. */
	public record Entry(Object value, long bytes) {}

	public ChunkCache(final long capacityBytes) {
		setCapacity(capacityBytes);
	}

	/** The JVM-wide cache used by {@link LazyImages#open}. */
	public static ChunkCache shared() {
		return SHARED;
	}

	// -- Lookup --

	/**
	 * The cached value for {@code key}, loading it with {@code loader} on a miss. Unchecked
	 * exceptions of the loader reach every caller waiting for that key; nothing is cached then.
	 */
	public Object get(final Key key, final Supplier<Entry> loader) {
		final Entry hit = lookup(key);
		if (hit != null) return hit.value();
		final CompletableFuture<Entry> mine = new CompletableFuture<>();
		final CompletableFuture<Entry> other = loading.putIfAbsent(key, mine);
		if (other != null) return await(other);
		try {
			// NB: re-check, a loader that finished just before putIfAbsent has already inserted.
			Entry e = lookup(key);
			if (e == null) e = insert(key, loader.get());
			mine.complete(e);
			return e.value();
		}
		catch (final RuntimeException | Error t) {
			mine.completeExceptionally(t);
			throw t;
		}
		finally {
			loading.remove(key, mine);
		}
	}

	/** True when the chunk is cached now (a later call may find it evicted). */
	public synchronized boolean contains(final Key key) {
		return entries.containsKey(key);
	}

	// -- Capacity and statistics --

	public synchronized long capacity() {
		return capacity;
	}

	/** Sets the capacity in bytes, evicting least recently used chunks at once when it shrinks. */
	public synchronized void setCapacity(final long bytes) {
		if (bytes < 0) throw new IllegalArgumentException("negative cache capacity: " + bytes);
		capacity = bytes;
		evictToCapacity();
	}

	/** The total weight of the cached chunks, in bytes. */
	public synchronized long weightedSize() {
		return weight;
	}

	public synchronized int size() {
		return entries.size();
	}

	/** The number of loads performed so far (misses that ran a loader). */
	public synchronized long loadCount() {
		return loads;
	}

	public synchronized long evictionCount() {
		return evictions;
	}

	/** Drops every cached chunk. */
	public synchronized void clear() {
		entries.clear();
		weight = 0;
	}

	// -- Helper methods --

	private synchronized Entry lookup(final Key key) {
		return entries.get(key);
	}

	private synchronized Entry insert(final Key key, final Entry e) {
		loads++;
		final Entry old = entries.put(key, e);
		weight += e.bytes() - (old == null ? 0 : old.bytes());
		evictToCapacity();
		return e;
	}

	private void evictToCapacity() {
		final Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
		while (weight > capacity && it.hasNext()) {
			weight -= it.next().getValue().bytes();
			it.remove();
			evictions++;
		}
	}

	private static Object await(final CompletableFuture<Entry> f) {
		try {
			return f.join().value();
		}
		catch (final CompletionException e) {
			throw ChunkLoadException.unwrap(e.getCause());
		}
	}

	private static long defaultCapacity() {
		final String p = System.getProperty(CAPACITY_PROPERTY);
		if (p == null || p.isBlank()) return Runtime.getRuntime().maxMemory() / 4;
		try {
			return Long.parseLong(p.trim());
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException(
				"system property " + CAPACITY_PROPERTY + " is not a byte count: '" + p + "'", e);
		}
	}
}
