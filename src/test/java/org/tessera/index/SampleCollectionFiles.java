package org.tessera.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes a file or directory tree (test helper). */
final class SampleCollectionFiles {

	private SampleCollectionFiles() {}

	static void delete(final Path p) throws IOException {
		try (Stream<Path> s = Files.walk(p)) {
			for (final Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
		}
	}
}
