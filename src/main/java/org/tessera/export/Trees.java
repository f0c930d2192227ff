package org.tessera.export;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deleting a file or a whole directory tree (links are deleted, never followed). */
public final class Trees {

	private Trees() {}

	/** Deletes {@code p} and everything under it; nothing when it does not exist. */
	public static void delete(final Path p) throws IOException {
		if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
		Files.walkFileTree(p, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(final Path f, final BasicFileAttributes a) throws IOException {
				Files.delete(f);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(final Path d, final IOException e) throws IOException {
				if (e != null) throw e;
				Files.delete(d);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
