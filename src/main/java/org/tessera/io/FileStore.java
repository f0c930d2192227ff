package org.tessera.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
