package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The writing side of a {@link DirectorySink}: exporting threads read and hash each file into large aligned
 * direct buffers (a shared pool of {@value #BUFFERS}) and queue them with their open output file
 * ({@link DirectFile}: whole blocks bypass the page cache); {@value #WRITERS} writer threads write them, all
 * of one file in order by one writer, and close each file after its last buffer. So reading and hashing
 * overlaps writing, even for files smaller than one buffer, several files are written at once (the disk
 * works best with a few writes in flight), and each checksum is still computed once while streaming.
 * {@link #copy} may be called from several threads at once. A failed write is thrown by the next
 * {@link #copy} or by {@link #close()}, naming the file.
 */
final class PipedWriter implements Closeable {

	/** Writer threads: NB: direct writes wait on the disk, not on a core; a few in flight keep it busy. */
	static final int WRITERS = 4;

	/** Buffers in flight: being read and hashed (one per exporting thread), being written, and queued between. */
	static final int BUFFERS = 2 * WRITERS;

	/** One queued step: a buffer for a file, the end of a file ({@code buf} null), or the end (both null). */
	private record Item(String path, WritableByteChannel out, ByteBuffer buf) {}

	private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
	private final List<BlockingQueue<Item>> queues = new ArrayList<>();
	private final List<Future<Void>> writers = new ArrayList<>();
	private final AtomicInteger files = new AtomicInteger();
	private volatile IOException failed;

	PipedWriter() {
		for (int i = 0; i < BUFFERS; i++) free.add(DirectFile.buffer(HashingCopy.BUFFER));
		for (int i = 0; i < WRITERS; i++) {
			final BlockingQueue<Item> q = new LinkedBlockingQueue<>();
			queues.add(q);
			writers.add(PipedCopy.WRITERS.submit(() -> run(q)));
		}
	}

	/** Reads and hashes {@code in} here; {@code out} is written and closed by a writer thread. */
	Digests copy(final ReadableByteChannel in, final String path, final WritableByteChannel out, final boolean md5)
		throws IOException
	{
		final BlockingQueue<Item> q = queues.get(files.getAndIncrement() % WRITERS);
		final MessageDigest sha256 = Digests.newSha256(), m = md5 ? Digests.newMd5() : null;
		long size = 0;
		try {
			for (ByteBuffer b; (b = next(in)) != null;) {
				size += b.remaining();
				sha256.update(b.duplicate());
				if (m != null) m.update(b.duplicate());
				q.add(new Item(path, out, b));
			}
		}
		finally {
			q.add(new Item(path, out, null));
		}
		return new Digests(size, Digests.hex(sha256), m == null ? null : Digests.hex(m));
	}

	/** Waits for every queued write and close; throws the first failure. */
	@Override
	public void close() throws IOException {
		for (final BlockingQueue<Item> q : queues) q.add(new Item(null, null, null));
		for (final Future<Void> w : writers) PipedCopy.await(w);
		check();
	}

	// -- Reading side --

	/** Fills a free buffer from {@code in}: the buffer, flipped, or null at the end. */
	private ByteBuffer next(final ReadableByteChannel in) throws IOException {
		check();
		final ByteBuffer b = PipedCopy.take(free);
		try {
			if (HashingCopy.read(in, b) >= 0) return b.flip();
			free.add(b);
			return null;
		}
		catch (final IOException | RuntimeException e) {
			free.add(b);
			throw e;
		}
	}

	private void check() throws IOException {
		if (failed != null) throw failed;
	}

	// -- Writing side --

	private Void run(final BlockingQueue<Item> q) throws IOException {
		for (Item i; (i = PipedCopy.take(q)).out() != null;) {
			try {
				if (i.buf() == null) i.out().close();
				else while (failed == null && i.buf().hasRemaining()) i.out().write(i.buf());
			}
			catch (final IOException e) {
				fail(new ExportException(i.path() + ": cannot write: " + e.getMessage()));
			}
			finally {
				if (i.buf() != null) free.add(i.buf());
			}
		}
		return null;
	}

	private synchronized void fail(final IOException e) {
		if (failed == null) failed = e;
	}
}
