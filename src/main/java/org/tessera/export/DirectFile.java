package org.tessera.export;

import com.sun.nio.file.ExtendedOpenOption;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A new output file written around the page cache: whole blocks from an aligned direct buffer
 * ({@link #buffer}) go straight to the disk with {@code O_DIRECT}, everything else (the unaligned tail of
 * the file, heap buffers) through the page cache. Where the file system refuses {@code O_DIRECT} (tmpfs,
 * some network file systems), or with {@code -Dtessera.export.direct=false}, everything goes through the
 * page cache. NB: on virtual machines, filling fresh page-cache pages can cost more CPU than the disk takes
 * to write them (the host backs each new guest page on first touch): writing 1 GiB took 2.7 s of system
 * time through the page cache and 0.16 s with {@code O_DIRECT} on this project's CI machine. The data is
 * durable only after {@link Fsync}: {@code O_DIRECT} flushes neither the disk's cache nor the metadata.
 */
public final class DirectFile implements WritableByteChannel {

	/** NB: buffers are aligned to 64 KiB, a multiple of any block size direct I/O asks for in practice. */
	static final int ALIGN = 1 << 16;

	static final boolean ENABLED = !"false".equals(System.getProperty("tessera.export.direct"));

	private final FileChannel buffered, direct;
	private long position;

	private DirectFile(final FileChannel buffered, final FileChannel direct) {
		this.buffered = buffered;
		this.direct = direct;
	}

	/** Creates {@code f}, which must not exist. */
	public static DirectFile create(final Path f) throws IOException {
		final FileChannel buffered = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		return new DirectFile(buffered, ENABLED ? openDirect(f) : null);
	}

	/** A direct buffer of {@code size} bytes whose start is aligned for direct writes. */
	public static ByteBuffer buffer(final int size) {
		// NB: alignedSlice rounds both ends to the unit: room for a whole unit beyond the rounded-up size.
		final int whole = (size + ALIGN - 1) & -ALIGN;
		return ByteBuffer.allocateDirect(whole + ALIGN).alignedSlice(ALIGN).limit(size).slice();
	}

	/** Whether whole blocks of this file bypass the page cache. */
	public boolean isDirect() {
		return direct != null;
	}

	/** Writes all of {@code b} at the end of what was written so far. */
	@Override
	public int write(final ByteBuffer b) throws IOException {
		final int n = b.remaining(), whole = wholeBlocks(b);
		if (whole > 0) {
			final ByteBuffer head = b.slice(b.position(), whole);
			while (head.hasRemaining()) position += direct.write(head, position);
			b.position(b.position() + whole);
		}
		while (b.hasRemaining()) position += buffered.write(b, position);
		return n;
	}

	@Override
	public boolean isOpen() {
		return buffered.isOpen();
	}

	@Override
	public void close() throws IOException {
		try (buffered) {
			if (direct != null) direct.close();
		}
	}

	// -- Helpers --

	/** The bytes of {@code b} that can go direct: whole blocks, from an aligned position of file and buffer. */
	private int wholeBlocks(final ByteBuffer b) {
		if (direct == null || position % ALIGN != 0 || !b.isDirect() || b.alignmentOffset(b.position(), ALIGN) != 0)
			return 0;
		return b.remaining() & -ALIGN;
	}

	/** A second, direct channel on {@code f}, or null where the file system cannot do direct I/O. */
	private static FileChannel openDirect(final Path f) {
		try {
			// NB: the JDK checks every direct write against the file system's block size before the system call;
			// the writes here are multiples of 64 KiB at multiples of 64 KiB, which no block size in use exceeds.
			return FileChannel.open(f, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT);
		}
		catch (final IOException | UnsupportedOperationException e) {
			// NB: EINVAL from open(2) on tmpfs and friends: the page cache it is.
			return null;
		}
	}
}
