package org.tessera.io.dm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.tessera.io.TesseraIOException;

/**
 * A forward reader over a DM file for parsing its tag tree: big-endian structure fields, data in the
 * file's byte order, and skips over large arrays. Every read is checked against the file length, so a
 * truncated file or a bogus length fails with {@link TesseraIOException.Corrupt} instead of reading
 * past the end or allocating what the file cannot hold.
 */
final class DmInput {

	private static final int WINDOW = 1 << 16;

	private final FileChannel channel;
	private final String file;
	private final long size;
	private final ByteOrder dataOrder;
	private ByteBuffer window = ByteBuffer.allocate(0);
	private long windowStart;
	private long position;

	DmInput(final FileChannel channel, final String file, final long position, final ByteOrder dataOrder)
		throws IOException
	{
		this.channel = channel;
		this.file = file;
		this.size = channel.size();
		this.position = position;
		this.dataOrder = dataOrder;
	}

	// -- Positions --

	long position() {
		return position;
	}

	long size() {
		return size;
	}

	String file() {
		return file;
	}

	ByteOrder dataOrder() {
		return dataOrder;
	}

	/** Moves forward over {@code n} bytes that must lie inside the file. */
	void skip(final long n, final String what) throws TesseraIOException {
		require(n, what);
		position += n;
	}

	// -- Reads --

	/** {@code n} bytes at the position, as a buffer in the given order. */
	ByteBuffer bytes(final int n, final ByteOrder order, final String what) throws IOException {
		require(n, what);
		if (position < windowStart || position + n > windowStart + window.limit()) fill(n);
		final ByteBuffer b = window.duplicate().position((int) (position - windowStart)).slice().limit(n).order(order);
		position += n;
		return b;
	}

	/** {@code n} bytes of text: UTF-8 when they are valid UTF-8, else Latin-1 (as DM writes either). */
	String text(final int n, final String what) throws IOException {
		final byte[] raw = new byte[n];
		bytes(n, ByteOrder.BIG_ENDIAN, what).get(raw);
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
		}
		catch (final CharacterCodingException e) {
			// NB: old DM3 files write Latin-1 (e.g. a micro sign); that is not an error.
			return new String(raw, StandardCharsets.ISO_8859_1);
		}
	}

	/** A big-endian structure field of {@code width} bytes (1, 2, 4 or 8). */
	long field(final int width, final String what) throws IOException {
		final ByteBuffer b = bytes(width, ByteOrder.BIG_ENDIAN, what);
		return switch (width) {
			case 1 -> b.get() & 0xff;
			case 2 -> b.getShort() & 0xffff;
			case 4 -> b.getInt() & 0xffffffffL;
			default -> b.getLong();
		};
	}

	/** Fails unless {@code n} more bytes exist at the position. */
	void require(final long n, final String what) throws TesseraIOException {
		if (n < 0 || n > size - position) {
			throw new TesseraIOException.Corrupt(file, "truncated or corrupt tag tree: " + what + " needs " + n
				+ " bytes at offset " + position + " but the file has " + size + " bytes");
		}
	}

	// -- Helper methods --

	private void fill(final int n) throws IOException {
		final int len = (int) Math.min(Math.max(n, WINDOW), size - position);
		final ByteBuffer b = ByteBuffer.allocate(len);
		while (b.hasRemaining()) {
			if (channel.read(b, position + b.position()) < 0) {
				throw new TesseraIOException.Corrupt(file, "unexpected end of file at offset " + (position + b.position()));
			}
		}
		window = b.flip();
		windowStart = position;
	}
}
