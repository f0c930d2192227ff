package org.tessera.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The writing side of a {@link DirectorySink}, in its own thread for the whole package: the exporting thread
 * reads and hashes each file into {@value #BUFFERS} large buffers and queues them with their open output
 * file; the writer thread writes them in order and closes each file after its last buffer. So reading and
 * hashing the next file overlaps writing the previous one, even for files smaller than one buffer, and each
 * checksum is still computed once while streaming. A failed write is thrown by the next {@link #copy} or by
 * {@link #close()}, naming the file.
 */
final class PipedWriter implements Closeable {

	/** Buffers in flight: being read and hashed, being written, and queued between. */
	static final int BUFFERS = 4;

	/** One queued step: a buffer for a file, the end of a file ({@code buf} null), or the end (both null). */
	private record Item(String path, FileChannel out, ByteBuffer buf) {}

	private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BUFFERS);
	private final BlockingQueue<Item> full = new LinkedBlockingQueue<>();
	private final Future<Void> writer;
	private volatile IOException failed;

	PipedWriter() {
		for (int i = 0; i < BUFFERS; i++) free.add(ByteBuffer.allocate(HashingCopy.BUFFER));
		writer = PipedCopy.WRITERS.submit(this::run);
	}

	/** Reads and hashes {@code in} here; {@code out} is written and closed by the writer thread. */
	Digests copy(final ReadableByteChannel in, final String path, final FileChannel out, final boolean md5)
		throws IOException
	{
		final MessageDigest sha256 = Digests.newSha256(), m = md5 ? Digests.newMd5() : null;
		long size = 0;
		try {
			for (int n; (n = next(in)) >= 0;) {
				final ByteBuffer b = last;
				sha256.update(b.array(), 0, n);
				if (m != null) m.update(b.array(), 0, n);
				full.add(new Item(path, out, b));
				size += n;
			}
		}
		finally {
			full.add(new Item(path, out, null));
		}
		return new Digests(size, Digests.hex(sha256), m == null ? null : Digests.hex(m));
	}

	/** Waits for every queued write and close; throws the first failure. */
	@Override
	public void close() throws IOException {
		full.add(new Item(null, null, null));
		PipedCopy.await(writer);
		check();
	}

	// -- Reading side --

	private ByteBuffer last;

	/** Fills a free buffer from {@code in} ({@link #last}, flipped): the bytes read, or -1 at the end. */
	private int next(final ReadableByteChannel in) throws IOException {
		check();
		final ByteBuffer b = PipedCopy.take(free);
		try {
			final int n = HashingCopy.read(in, b);
			if (n < 0) free.add(b);
			else last = b.flip();
			return n;
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

	private Void run() throws IOException {
		for (Item i; (i = PipedCopy.take(full)).out() != null;) {
			try {
				if (i.buf() == null) i.out().close();
				else while (failed == null && i.buf().hasRemaining()) i.out().write(i.buf());
			}
			catch (final IOException e) {
				if (failed == null) failed = new ExportException(i.path() + ": cannot write: " + e.getMessage());
			}
			finally {
				if (i.buf() != null) free.add(i.buf());
			}
		}
		return null;
	}
}
