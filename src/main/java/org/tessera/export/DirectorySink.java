package org.tessera.export;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes package files into a directory (the temporary sibling of the target). Every file is forced to
 * disk in {@link #close()}, before the atomic move that publishes the package. NB: forcing once at the end
 * (not after each file) lets the kernel write back while copying goes on, as {@code dd conv=fdatasync} does;
 * the forces run a few at a time so the journal groups them ({@link Fsync}).
 */
public final class DirectorySink implements PackageSink {

	private final Path root;
	private final boolean md5;
	private final java.util.List<Path> written = new java.util.ArrayList<>();
	private final PipedWriter pipe = new PipedWriter();

	public DirectorySink(final Path root, final boolean md5) throws IOException {
		this.root = Files.createDirectories(root);
		this.md5 = md5;
	}

	/** NB: the file is written and closed by the {@link PipedWriter} thread; its digests are known on return. */
	@Override
	public Digests copy(final Path source, final String path) throws IOException {
		try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
			return pipe.copy(in, path, create(path), md5);
		}
	}

	@Override
	public Digests write(final String path, final byte[] bytes) throws IOException {
		try (FileChannel out = create(path)) {
			return HashingCopy.copy(Channels.newChannel(new java.io.ByteArrayInputStream(bytes)), out, md5);
		}
	}

	/** Forces every written file, and the folders holding them, to disk ({@link Fsync}). */
	@Override
	public void close() throws IOException {
		pipe.close();
		Fsync.all(written);
	}

	private FileChannel create(final String path) throws IOException {
		final Path f = PackagePaths.resolve(root, path);
		Files.createDirectories(f.getParent());
		written.add(f);
		return FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

}
