package org.tessera.io.zarr.v3;

import java.io.IOException;
import java.util.List;

import org.tessera.io.Axis;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.AbstractZarrArray;
import org.tessera.io.zarr.NodePlace;

/**
 * A Zarr v3 array. Unsharded, one stored object per chunk; sharded (a single
 * {@code sharding_indexed} codec), the chunk grid is the inner chunk grid and each read fetches
 * the shard's cached index and one inner chunk by byte range.
 */
public final class ZarrV3Array extends AbstractZarrArray {

	private final ZarrV3Metadata v3;
	private final CodecChain chain;
	private final ShardReader shards;

	ZarrV3Array(final NodePlace place, final ZarrV3Metadata meta, final List<Axis> axes, final CodecChain chain)
		throws TesseraIOException
	{
		super(place, meta, axes, meta.fill());
		this.v3 = meta;
		this.chain = chain;
		this.shards = chain.isShardingOnly() && dtype().isNumeric()
			? new ShardReader((ShardingCodec) chain.arrayBytes(), meta.chunkShape(), meta.file()) : null;
	}

	@Override
	protected Object readFullChunk(final long[] position, final Object spare) throws IOException {
		if (shards != null) return readInner(position);
		final String key = place.key(v3.chunkKey(position));
		if (chain.isBuffered()) {
			final Object data = readBuffered(key, chain.bufferCodec(), v3.chunkShape(), chain.order(), spare);
			return data == null ? filled(v3.chunkShape()) : data;
		}
		final byte[] stored = place.store().read(key);
		if (stored == null) return filled(v3.chunkShape());
		return chain.decode(stored, v3.chunkShape(), place.store().describe(key));
	}

	private Object readInner(final long[] position) throws IOException {
		final int[] grid = shards.grid();
		final long[] shard = new long[position.length];
		int i = 0;
		for (int d = 0; d < position.length; d++) {
			shard[d] = position[d] / grid[d];
			i = i * grid[d] + (int) (position[d] % grid[d]);
		}
		final String key = place.key(v3.chunkKey(shard));
		final ShardingCodec codec = (ShardingCodec) chain.arrayBytes();
		final byte[] stored = shards.read(place.store(), key, i);
		if (stored == null) return filled(codec.innerShape());
		return codec.inner().decode(stored, codec.innerShape(), place.store().describe(key));
	}
}
