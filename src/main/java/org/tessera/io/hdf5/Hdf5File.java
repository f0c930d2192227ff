package org.tessera.io.hdf5;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.jhdf.HdfFile;
import io.jhdf.exceptions.HdfException;

import org.tessera.io.TesseraIOException;

/**
 * An opened HDF5 file: jHDF for the metadata (object headers, links, chunk indexes), and Tessera's
 * own positional reads for chunk bytes, in this file and in files reached through external links.
 * <p>
 * NB: jHDF's objects are not documented as thread-safe, so every metadata access goes through
 * {@link #metadata}, which holds this object's lock; chunk reads use {@link FileChannel} positional
 * reads, which are, so chunks decode in parallel.
 * </p>
 */
final class Hdf5File implements Closeable {

	/** A metadata action that may fail inside jHDF. */
	interface Action<T> {
		T run(HdfFile file) throws IOException;
	}

	/** Each reading thread's direct buffer for {@link #readDirect}. */
	private static final ThreadLocal<ByteBuffer> SCRATCH = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(0));

	private final Path path;
	private final HdfFile hdf;
	private final Map<Path, FileChannel> channels = new ConcurrentHashMap<>();

	private Hdf5File(final Path path, final HdfFile hdf) {
		this.path = path;
		this.hdf = hdf;
	}

	/** Opens a file, refusing one without an HDF5 signature or with an unreadable superblock. */
	static Hdf5File open(final Path path) throws IOException {
		if (Hdf5Signature.find(path) < 0) {
			throw new TesseraIOException.Malformed(path.toString(), "not an HDF5 file (no HDF5 signature at byte 0, 512, 1024, ...)");
		}
		try {
			return new Hdf5File(path, new HdfFile(path));
		}
		catch (final HdfException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
			throw new TesseraIOException.Malformed(path.toString(), "unreadable HDF5 file (" + cause(e) + ")");
		}
	}

	Path path() {
		return path;
	}

	/** Runs a metadata action under this file's lock, turning jHDF failures into Malformed. */
	synchronized <T> T metadata(final String what, final Action<T> action) throws IOException {
		try {
			return action.run(hdf);
		}
		catch (final HdfException | IllegalArgumentException | IllegalStateException | java.nio.BufferUnderflowException
			| IndexOutOfBoundsException e) {
			// NB: jHDF 0.13 fails with an index error on a shuffled variable-length string dataset (HyperSpy's lists).
			throw new TesseraIOException.Malformed(path.toString(), what + ": " + cause(e));
		}
	}

	/**
	 * Reads {@code length} bytes at an absolute offset of a file (this one or an external one),
	 * refusing ranges beyond the file's end.
	 */
	byte[] read(final Path file, final long offset, final int length, final String what) throws IOException {
		if (length < 0) throw beyond(file, offset, length, what, channel(file).size());
		final ByteBuffer b = ByteBuffer.allocate(length);
		fill(file, b, offset, what);
		return b.array();
	}

	/**
	 * Like {@link #read} into this thread's direct scratch buffer, valid until the thread's next
	 * call. NB: a positional read into a heap array goes through the JDK's own direct buffer and
	 * then the array; decoding straight from this buffer saves a copy and a chunk-sized garbage array.
	 */
	ByteBuffer readDirect(final Path file, final long offset, final int length, final String what) throws IOException {
		if (length < 0) throw beyond(file, offset, length, what, channel(file).size());
		ByteBuffer b = SCRATCH.get();
		if (b.capacity() < length) {
			b = ByteBuffer.allocateDirect(length);
			SCRATCH.set(b);
		}
		b.clear().limit(length);
		fill(file, b, offset, what);
		return b.flip();
	}

	@Override
	public void close() throws IOException {
		synchronized (this) {
			hdf.close();
		}
		for (final FileChannel ch : channels.values()) ch.close();
		channels.clear();
	}

	// -- Helper methods --

	/** Fills {@code b} from {@code offset}, refusing ranges beyond the file's end. */
	private void fill(final Path file, final ByteBuffer b, final long offset, final String what) throws IOException {
		final FileChannel ch = channel(file);
		final long size = ch.size();
		if (offset < 0 || offset + b.remaining() > size) throw beyond(file, offset, b.remaining(), what, size);
		final int start = b.position();
		while (b.hasRemaining()) {
			if (ch.read(b, offset + b.position() - start) < 0) throw new TesseraIOException.Corrupt(file.toString(), what + ": unexpected end of file");
		}
	}

	private static TesseraIOException beyond(final Path file, final long offset, final int length, final String what,
		final long size)
	{
		return new TesseraIOException.Corrupt(file.toString(), what + " at byte " + offset + " (" + length
			+ " bytes) lies beyond the end of the file (" + size + " bytes): truncated or corrupt");
	}

	private FileChannel channel(final Path file) throws IOException {
		FileChannel ch = channels.get(file);
		if (ch != null) return ch;
		synchronized (channels) {
			ch = channels.get(file);
			if (ch == null) {
				ch = FileChannel.open(file, StandardOpenOption.READ);
				channels.put(file, ch);
			}
			return ch;
		}
	}

	static String cause(final Throwable e) {
		final String m = e.getMessage();
		return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
	}
}
