package org.tessera.meta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * File and container hashes. A file's SHA-256 is over its bytes. A directory container's SHA-256
 * is over its canonical listing: one line {@code relative/path<TAB>size<TAB>sha256-of-the-file\n}
 * per regular file, paths with '/' separators, sorted by path (Java string order) — so the hash does
 * not depend on the file system's listing order, and any changed, added or removed file changes it.
 */
public final class Checksums {

	private Checksums() {}

	/** The SHA-256 (hex) of a file, or of a directory's canonical listing. */
	public static String fileSha256(final Path path) throws IOException {
		return Files.isDirectory(path) ? directory(path) : hex(file(path));
	}

	// -- Helper methods --

	private static String directory(final Path dir) throws IOException {
		final List<Path> files;
		try (Stream<Path> s = Files.walk(dir)) {
			files = s.filter(Files::isRegularFile).sorted((a, b) -> rel(dir, a).compareTo(rel(dir, b))).toList();
		}
		final MessageDigest md = sha256();
		for (final Path f : files) {
			md.update((rel(dir, f) + "\t" + Files.size(f) + "\t" + hex(file(f)) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return hex(md.digest());
	}

	private static byte[] file(final Path f) throws IOException {
		final MessageDigest md = sha256();
		try (InputStream in = Files.newInputStream(f)) {
			final byte[] buf = new byte[1 << 16];
			for (int n; (n = in.read(buf)) > 0;) md.update(buf, 0, n);
		}
		return md.digest();
	}

	private static String rel(final Path dir, final Path f) {
		return dir.relativize(f).toString().replace('\\', '/');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", e);
		}
	}

	private static String hex(final byte[] b) {
		return HexFormat.of().formatHex(b);
	}
}
