package org.tessera.io.zarr.v3;

/**
 * The decoded index of one shard: an (offset, nbytes) pair per inner chunk, in C order of the
 * inner chunk grid. Both all-ones (2^64-1) marks a chunk that is not stored.
 */
public record ShardIndex(long[] entries) {

	private static final long EMPTY = -1L;

	/** Byte offset of inner chunk {@code i} in the shard. */
	public long offset(final int i) {
		return entries[2 * i];
	}

	/** Stored size of inner chunk {@code i}. */
	public long nbytes(final int i) {
		return entries[2 * i + 1];
	}

	/** True when inner chunk {@code i} is not stored. */
	public boolean isEmpty(final int i) {
		return offset(i) == EMPTY && nbytes(i) == EMPTY;
	}

	/** The number of inner chunks. */
	public int size() {
		return entries.length / 2;
	}

	/** An index with every chunk empty. */
	public static ShardIndex empty(final int n) {
		final long[] e = new long[2 * n];
		java.util.Arrays.fill(e, EMPTY);
		return new ShardIndex(e);
	}
}
