package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.tessera.io.TesseraIOException;

/**
 * An open TIFF or BigTIFF file: its byte order, its offset width and positional reads through one
 * {@link FileChannel}. Positional reads do not move a shared position, so one instance serves
 * concurrent chunk reads. Every read is checked against the file length first, so a size or
 * offset field from the file can never make it allocate more than the file holds.
 */
final class TiffFile implements AutoCloseable {

	private final Path path;
	private final FileChannel channel;
	private final long size;
	private final ByteOrder order;
	private final boolean bigTiff;
	private final long firstIfd;

	private TiffFile(final Path path, final FileChannel channel, final ByteBuffer header) throws IOException {
		this.path = path;
		this.channel = channel;
		this.size = channel.size();
		this.order = byteOrder(header);
		if (order == null) throw new TesseraIOException.NotFound(name(), "not a TIFF file (no II/MM byte-order mark)");
		header.order(order);
		final int version = header.getShort(2) & 0xffff;
		this.bigTiff = version == 43;
		if (version != 42 && !bigTiff) throw new TesseraIOException.NotFound(name(), "not a TIFF file (version " + version + ", expected 42 or 43)");
		if (bigTiff && (header.getShort(4) != 8 || size < 16)) throw new TesseraIOException.Malformed(name(), "BigTIFF header with offset size " + header.getShort(4) + " (expected 8)");
		this.firstIfd = bigTiff ? header.getLong(8) : header.getInt(4) & 0xffffffffL;
	}

	/**
	 * Opens a file and reads its header.
	 *
	 * @throws TesseraIOException.NotFound when the file does not start like a TIFF
	 */
	static TiffFile open(final Path path) throws IOException {
		final FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
		try {
			final ByteBuffer header = ByteBuffer.allocate(16);
			ch.read(header, 0);
			if (header.position() < 8) throw new TesseraIOException.NotFound(path.toString(), "not a TIFF file (shorter than a TIFF header)");
			return new TiffFile(path, ch, header);
		}
		catch (final IOException | RuntimeException e) {
			ch.close();
			throw e;
		}
	}

	/** The byte order of a TIFF header, or null when the bytes are not a TIFF header. */
	static ByteOrder byteOrder(final ByteBuffer header) {
		final int b0 = header.get(0), b1 = header.get(1);
		if (b0 == 'I' && b1 == 'I') return ByteOrder.LITTLE_ENDIAN;
		if (b0 == 'M' && b1 == 'M') return ByteOrder.BIG_ENDIAN;
		return null;
	}

	// -- Accessors --

	String name() {
		return path.toString();
	}

	Path path() {
		return path;
	}

	long size() {
		return size;
	}

	ByteOrder order() {
		return order;
	}

	boolean bigTiff() {
		return bigTiff;
	}

	long firstIfd() {
		return firstIfd;
	}

	// -- Reading --

	/**
	 * Reads {@code length} bytes at {@code offset}, in the file's byte order.
	 *
	 * @param what what is read, for the message when it lies outside the file
	 * @throws TesseraIOException.Corrupt when the range runs past the end of the file
	 */
	ByteBuffer read(final long offset, final long length, final String what) throws IOException {
		if (offset < 0 || length < 0 || length > Integer.MAX_VALUE - 8 || offset > size - length) {
			throw new TesseraIOException.Corrupt(name(), what + " at offset " + offset + " (" + length
				+ " bytes) lies outside the file (" + size + " bytes)");
		}
		final ByteBuffer b = ByteBuffer.allocate((int) length);
		while (b.hasRemaining()) {
			final int n = channel.read(b, offset + b.position());
			if (n < 0) throw new TesseraIOException.Corrupt(name(), what + " at offset " + offset + ": unexpected end of file");
		}
		return b.flip().order(order);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
