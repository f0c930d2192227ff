package org.tessera.io;

/**
 * One thread's reusable byte arrays for reading and decoding chunks: the stored bytes of a chunk
 * and its decoded bytes. Format readers use them with {@link Store#readInto} and
 * {@link org.tessera.io.codec.BufferCodec}, so a streaming pass allocates no per-chunk arrays.
 * NB: each thread keeps the largest arrays it has needed (one stored and one decoded chunk), and
 * gives them up with the thread: reduction pools are created per pass.
 */
public final class ChunkBuffers {

	private static final ThreadLocal<ChunkBuffers> LOCAL = ThreadLocal.withInitial(ChunkBuffers::new);

	private byte[] stored = new byte[0];
	private byte[] decoded = new byte[0];

	private ChunkBuffers() {}

	/** The calling thread's buffers. */
	public static ChunkBuffers local() {
		return LOCAL.get();
	}

	/** The stored-bytes array, with room for at least {@code n} bytes (contents undefined). */
	public byte[] stored(final int n) {
		if (stored.length < n) stored = new byte[n];
		return stored;
	}

	/** The decoded-bytes array, with room for at least {@code n} bytes (contents undefined). */
	public byte[] decoded(final int n) {
		if (decoded.length < n) decoded = new byte[n];
		return decoded;
	}
}
