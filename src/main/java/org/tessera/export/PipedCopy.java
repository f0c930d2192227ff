package org.tessera.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A copy of a large file in two threads: the calling thread reads and hashes {@link HashingCopy#BUFFER}-sized
 * buffers, a writer thread writes them, handed over through a bounded queue of {@value #BUFFERS} buffers, so
 * reading and hashing overlap writing. Each byte is still read once and hashed once. NB: after a failed write
 * the writer keeps taking (and returning) buffers without writing, so the reader never blocks; the failure
 * is thrown once the reader has finished.
 */
final class PipedCopy {

	/** Buffers per copying thread: one being read and hashed, one being written, one queued. */
	static final int BUFFERS = 3;

	private static final ByteBuffer END = ByteBuffer.allocate(0);

	/** The writer threads (daemons, made as needed). */
	static final ExecutorService WRITERS = Executors.newCachedThreadPool(r -> {
		final Thread t = new Thread(r, "tessera-export-writer");
		t.setDaemon(true);
		return t;
	});

	private static final ThreadLocal<BlockingQueue<ByteBuffer>> POOLS = ThreadLocal.withInitial(() -> {
		final BlockingQueue<ByteBuffer> q = new ArrayBlockingQueue<>(BUFFERS);
		for (int i = 0; i < BUFFERS; i++) q.add(ByteBuffer.allocate(HashingCopy.BUFFER));
		return q;
	});

	private PipedCopy() {}

	/** Copies all of {@code in} to {@code out}, reading and hashing in this thread, writing in another. */
	static Digests copy(final ReadableByteChannel in, final WritableByteChannel out, final MessageDigest sha256,
		final MessageDigest md5) throws IOException
	{
		final BlockingQueue<ByteBuffer> free = POOLS.get(), full = new ArrayBlockingQueue<>(BUFFERS + 1);
		final Future<Void> writer = WRITERS.submit(() -> write(full, free, out));
		final long size;
		try {
			size = produce(in, free, full, sha256, md5);
		}
		finally {
			// NB: room for END is always left: at most BUFFERS buffers are ever queued.
			full.add(END);
			await(writer);
		}
		return new Digests(size, Digests.hex(sha256), md5 == null ? null : Digests.hex(md5));
	}

	// -- The two sides --

	private static long produce(final ReadableByteChannel in, final BlockingQueue<ByteBuffer> free,
		final BlockingQueue<ByteBuffer> full, final MessageDigest sha256, final MessageDigest md5) throws IOException
	{
		long size = 0;
		while (true) {
			final ByteBuffer b = take(free);
			final int n;
			try {
				n = HashingCopy.read(in, b);
			}
			catch (final IOException | RuntimeException e) {
				free.add(b);
				throw e;
			}
			if (n < 0) {
				free.add(b);
				return size;
			}
			b.flip();
			sha256.update(b.array(), 0, n);
			if (md5 != null) md5.update(b.array(), 0, n);
			full.add(b);
			size += n;
		}
	}

	private static Void write(final BlockingQueue<ByteBuffer> full, final BlockingQueue<ByteBuffer> free,
		final WritableByteChannel out) throws IOException
	{
		IOException failed = null;
		for (ByteBuffer b; (b = take(full)) != END;) {
			try {
				while (failed == null && b.hasRemaining()) out.write(b);
			}
			catch (final IOException e) {
				failed = e;
			}
			finally {
				free.add(b);
			}
		}
		if (failed != null) throw failed;
		return null;
	}

	// -- Helpers --

	static <T> T take(final BlockingQueue<T> q) throws InterruptedIOException {
		try {
			return q.take();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while copying");
		}
	}

	/** The result of {@code task}; its failure thrown as it was (an {@link IOException} unwrapped). */
	static <T> T await(final Future<T> task) throws IOException {
		try {
			return task.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while copying");
		}
		catch (final ExecutionException e) {
			if (e.getCause() instanceof IOException io) throw io;
			if (e.getCause() instanceof RuntimeException r) throw r;
			throw new IOException("copy failed: " + e.getCause(), e.getCause());
		}
	}
}
