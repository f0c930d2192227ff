package org.tessera.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * Copies bytes and computes their SHA-256 (and optionally MD5) in the same pass: every checksum of an
 * export is computed once while streaming, never by reading a written file again.
 */
public final class HashingCopy {

	/** NB: 4 MiB: large sequential reads and writes (fewer system calls) without holding much per thread. */
	public static final int BUFFER = 4 << 20;

	private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER));

	private HashingCopy() {}

	/** Copies {@code in} to {@code out} until the end of {@code in}. */
	public static Digests copy(final ReadableByteChannel in, final WritableByteChannel out, final boolean md5)
		throws IOException
	{
		final MessageDigest s = Digests.newSha256(), m = md5 ? Digests.newMd5() : null;
		final ByteBuffer buf = BUFFERS.get();
		long size = 0;
		for (int n; (n = read(in, buf)) >= 0;) {
			buf.flip();
			s.update(buf.array(), 0, n);
			if (m != null) m.update(buf.array(), 0, n);
			while (buf.hasRemaining()) out.write(buf);
			size += n;
		}
		return new Digests(size, Digests.hex(s), m == null ? null : Digests.hex(m));
	}

	/** Copies a file's bytes to {@code out}: a file larger than one buffer in two threads ({@link PipedCopy}). */
	public static Digests copy(final Path source, final WritableByteChannel out, final boolean md5) throws IOException {
		try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
			if (in.size() <= BUFFER) return copy(in, out, md5);
			return PipedCopy.copy(in, out, Digests.newSha256(), md5 ? Digests.newMd5() : null);
		}
	}

	/** Reads until the buffer is full or the input ends: -1 at the end, else the bytes read. */
	static int read(final ReadableByteChannel in, final ByteBuffer buf) throws IOException {
		buf.clear();
		while (buf.hasRemaining()) {
			if (in.read(buf) < 0) return buf.position() == 0 ? -1 : buf.position();
		}
		return buf.position();
	}
}
