package org.tessera.export;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes package files into a directory (the temporary sibling of the target). Each file is forced to
 * disk before it is closed, so the atomic move that publishes the package never publishes lost data.
 */
public final class DirectorySink implements PackageSink {

	private final Path root;
	private final boolean md5;

	public DirectorySink(final Path root, final boolean md5) throws IOException {
		this.root = Files.createDirectories(root);
		this.md5 = md5;
	}

	@Override
	public Digests copy(final Path source, final String path) throws IOException {
		try (FileChannel out = create(path)) {
			final Digests d = HashingCopy.copy(source, out, md5);
			out.force(false);
			return d;
		}
	}

	@Override
	public Digests write(final String path, final byte[] bytes) throws IOException {
		try (FileChannel out = create(path)) {
			final Digests d = HashingCopy.copy(Channels.newChannel(new java.io.ByteArrayInputStream(bytes)), out, md5);
			out.force(false);
			return d;
		}
	}

	@Override
	public void close() {}

	private FileChannel create(final String path) throws IOException {
		final Path f = PackagePaths.resolve(root, path);
		Files.createDirectories(f.getParent());
		return FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
	}

}
