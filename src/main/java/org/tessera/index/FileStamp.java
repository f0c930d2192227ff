package org.tessera.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * What tells a dataset changed without reading it: total size and newest modification time of its
 * file, or of every file of a container directory.
 *
 * @param file the absolute, normalised path of the file or container directory
 * @param size bytes
 * @param mtime newest modification time, epoch milliseconds
 */
public record FileStamp(String file, long size, long mtime) {

	/** The stamp of a dataset on disk now. */
	public static FileStamp of(final Path dataset) throws IOException {
		final Path p = dataset.toAbsolutePath().normalize();
		if (!Files.isDirectory(p)) {
			final BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
			return new FileStamp(p.toString(), a.size(), a.lastModifiedTime().toMillis());
		}
		long size = 0, mtime = Files.getLastModifiedTime(p).toMillis();
		try (Stream<Path> walk = Files.walk(p)) {
			for (final Path f : (Iterable<Path>) walk::iterator) {
				final BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
				if (a.isRegularFile()) size += a.size();
				mtime = Math.max(mtime, a.lastModifiedTime().toMillis());
			}
		}
		return new FileStamp(p.toString(), size, mtime);
	}

	/** Same size and modification time. */
	public boolean sameAs(final FileStamp other) {
		return other != null && size == other.size && mtime == other.mtime;
	}
}
