package org.tessera.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link Store} over a directory on a file system. */
public final class FileStore implements Store {

	private final Path root;

	public FileStore(final Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	private Path path(final String key) {
		return key.isEmpty() || key.equals("/") ? root : root.resolve(key.startsWith("/") ? key.substring(1) : key);
	}

	@Override
	public byte[] read(final String key) throws IOException {
		final Path p = path(key);
		try {
			return Files.readAllBytes(p);
		}
		catch (final NoSuchFileException e) {
			return null;
		}
		catch (final IOException e) {
			if (Files.isDirectory(p)) return null;
			throw new TesseraIOException(p.toString(), "cannot read: " + e.getMessage(), e);
		}
	}

	@Override
	public int readInto(final String key, final ChunkBuffers buffers) throws IOException {
		final Path p = path(key);
		try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
			final long size = ch.size();
			if (size > Integer.MAX_VALUE - 64) throw new IOException("file of " + size + " bytes is too large for one chunk");
			// NB: a positional read into the thread's reused array: no array allocated (and zeroed) per chunk.
			final ByteBuffer buf = ByteBuffer.wrap(buffers.stored((int) size), 0, (int) size);
			while (buf.hasRemaining() && ch.read(buf, buf.position()) >= 0) {
				// NB: positional reads may return short counts; loop until full or end of file.
			}
			return buf.position();
		}
		catch (final NoSuchFileException e) {
			return -1;
		}
		catch (final IOException e) {
			if (Files.isDirectory(p)) return -1;
			throw new TesseraIOException(p.toString(), "cannot read: " + e.getMessage(), e);
		}
	}

	@Override
	public long size(final String key) throws IOException {
		final Path p = path(key);
		if (!Files.isRegularFile(p)) return -1;
		return Files.size(p);
	}

	@Override
	public byte[] readRange(final String key, final long offset, final int length) throws IOException {
		final Path p = path(key);
		if (!Files.isRegularFile(p)) return null;
		try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
			final long n = Math.max(0, Math.min(length, ch.size() - offset));
			final ByteBuffer buf = ByteBuffer.allocate((int) n);
			while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) >= 0) {
				// NB: positional reads may return short counts; loop until full or end of file.
			}
			return buf.position() == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), buf.position());
		}
		catch (final IOException e) {
			throw new TesseraIOException(p.toString(), "cannot read " + length + " bytes at " + offset + ": " + e.getMessage(), e);
		}
	}

	@Override
	public boolean exists(final String key) {
		return Files.exists(path(key));
	}

	@Override
	public List<String> list(final String prefix) throws IOException {
		final Path p = path(prefix);
		if (!Files.isDirectory(p)) return List.of();
		final List<String> names = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
			for (final Path c : ds) names.add(c.getFileName().toString());
		}
		Collections.sort(names);
		return names;
	}

	@Override
	public String describe(final String key) {
		return path(key).toString();
	}
}
