package org.tessera.export;

import org.tessera.lineage.Entity;
import org.tessera.meta.Checksums;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lineage entity of a written package ({@code kind "package"}): a zip by the SHA-256 of its bytes; a
 * directory (bag, crate, OCFL object) or a repository deposit by the SHA-256 of the file that lists every
 * other file's checksum: {@code manifest-sha256.txt} of a bag, else {@code ro-crate-metadata.json}.
 */
public final class PackageEntity {

	/** The entity kind. */
	public static final String KIND = "package";

	/** NB: the manifest first: in a bag it covers the crate's metadata too. */
	private static final List<String> MANIFESTS = List.of("manifest-sha256.txt", "ro-crate-metadata.json");

	private PackageEntity() {}

	/** The package of {@code r}. */
	public static Entity of(final ExportResult r) throws IOException {
		final Path p = r.target().contains("://") ? null : Path.of(r.target());
		// NB: the zip is read once more here: its writer seeks back to patch headers, so it is not hashed in passing.
		if (p != null && Files.isRegularFile(p)) return new Entity("sha256:" + Checksums.fileSha256(p), KIND, p
			.toAbsolutePath().toString(), Files.size(p));
		for (final String m : MANIFESTS) {
			final String sum = r.checksums().get(m);
			if (sum != null) return new Entity(sum, KIND, r.target(), -1);
		}
		throw new ExportException(r.target() + ": the package has no manifest to identify it by");
	}
}
