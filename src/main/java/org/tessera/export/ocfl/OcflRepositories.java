package org.tessera.export.ocfl;

import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflRepository;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens (or creates) an OCFL 1.1 storage root the way Tessera writes it: hashed n-tuple layout, SHA-256. */
public final class OcflRepositories {

	private OcflRepositories() {}

	/** The repository at {@code root}, staging in {@code work} (same file system, so versions move atomically). */
	public static OcflRepository open(final Path root, final Path work) throws IOException {
		Files.createDirectories(root);
		Files.createDirectories(work);
		return new OcflRepositoryBuilder().defaultLayoutConfig(new HashedNTupleLayoutConfig()).storage(s -> s.fileSystem(
			root)).workDir(work).ocflConfig(c -> c.setDefaultDigestAlgorithm(DigestAlgorithmRegistry.sha256)).build();
	}
}
