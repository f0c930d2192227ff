package org.tessera.io.zarr.v3;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tessera.io.Store;
import org.tessera.io.TesseraIOException;

/**
 * Reads single inner chunks of sharded arrays: the shard's index (cached in a small LRU so
 * repeated reads do not fetch it again) and then only the inner chunk's bytes.
 */
final class ShardReader {

	private static final int CACHED_INDEXES = 64;

	private final ShardingCodec codec;
	private final int[] grid;
	private final int indexSize;
	private final Map<String, ShardIndex> cache = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(final Map.Entry<String, ShardIndex> eldest) {
			return size() > CACHED_INDEXES;
		}
	};

	ShardReader(final ShardingCodec codec, final int[] shardShape, final String file) throws TesseraIOException {
		this.codec = codec;
		this.grid = codec.grid(shardShape, file);
		this.indexSize = codec.indexSize(grid);
	}

	/** Inner chunks per shard along each axis. */
	int[] grid() {
		return grid.clone();
	}

	/**
	 * The stored bytes of inner chunk {@code i} (C-order index in the shard's grid).
	 *
	 * @return null when the shard or the inner chunk is not stored
	 */
	byte[] read(final Store store, final String key, final int i) throws IOException {
		final ShardIndex idx = index(store, key);
		if (idx.isEmpty(i)) return null;
		final String file = store.describe(key);
		final long off = idx.offset(i);
		final long len = idx.nbytes(i);
		if (off < 0 || len < 0 || len > Integer.MAX_VALUE) {
			throw new TesseraIOException.Corrupt(file, "shard index entry " + i + " is invalid (offset " + off + ", nbytes " + len + ")");
		}
		final byte[] b = store.readRange(key, off, (int) len);
		if (b == null || b.length != len) {
			throw new TesseraIOException.Corrupt(file, "shard is truncated: inner chunk " + i + " needs " + len
				+ " bytes at offset " + off + ", got " + (b == null ? 0 : b.length));
		}
		return b;
	}

	private ShardIndex index(final Store store, final String key) throws IOException {
		synchronized (cache) {
			final ShardIndex hit = cache.get(key);
			if (hit != null) return hit;
		}
		final ShardIndex idx = readIndex(store, key);
		synchronized (cache) {
			cache.put(key, idx);
		}
		return idx;
	}

	private ShardIndex readIndex(final Store store, final String key) throws IOException {
		final long size = store.size(key);
		if (size < 0) return ShardIndex.empty(org.tessera.io.Chunks.product(grid));
		final String file = store.describe(key);
		if (size < indexSize) {
			throw new TesseraIOException.Corrupt(file, "shard of " + size + " bytes is shorter than its " + indexSize + "-byte index");
		}
		final byte[] b = store.readRange(key, codec.indexAtEnd() ? size - indexSize : 0, indexSize);
		return codec.decodeIndex(b, grid, file);
	}
}
