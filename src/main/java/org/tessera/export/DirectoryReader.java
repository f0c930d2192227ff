package org.tessera.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A package directory: regular files, and links only when they stay inside the package. */
final class DirectoryReader implements PackageReader {

	private final Path root;

	DirectoryReader(final Path root) throws IOException {
		this.root = root.toRealPath();
	}

	@Override
	public List<String> entries() throws IOException {
		final List<String> out = new ArrayList<>();
		try (Stream<Path> s = Files.walk(root)) {
			for (final Path p : (Iterable<Path>) s.sorted()::iterator) {
				if (Files.isSymbolicLink(p)) inside(p);
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p) && Files.isRegularFile(p))
					out.add(root.relativize(p).toString().replace(java.io.File.separatorChar, '/'));
			}
		}
		return out;
	}

	@Override
	public InputStream open(final String entry) throws IOException {
		final Path p = PackagePaths.resolve(root, entry);
		inside(p);
		return Files.newInputStream(p);
	}

	@Override
	public void close() {}

	/** NB: a link is followed only when its real target is inside the package. */
	private void inside(final Path p) throws IOException {
		final Path real = p.toRealPath();
		if (!real.startsWith(root)) throw new ExportException(root + ": " + root.relativize(p) + ": link points outside "
			+ "the package (to " + real + ")");
	}
}
