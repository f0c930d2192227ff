package org.tessera.export;

import java.nio.file.Path;

/**
 * The rules for paths inside a package (written or read): relative, {@code /}-separated, no {@code .} or
 * {@code ..} segment, no empty segment, no backslash, no NUL. One place for export and import.
 */
public final class PackagePaths {

	private PackagePaths() {}

	/** @throws IllegalArgumentException naming the path and what is wrong with it */
	public static void check(final String path) {
		final String why = problem(path);
		if (why != null) throw new IllegalArgumentException(path + ": " + why);
	}

	/** What is wrong with the path, or null when it is fine. */
	public static String problem(final String path) {
		if (path.isEmpty()) return "empty path";
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) return "absolute path";
		if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return "backslash or NUL in path";
		for (final String seg : path.split("/", -1)) {
			if (seg.equals("..")) return "path traversal (..)";
			if (seg.isEmpty() || seg.equals(".")) return "empty or '.' segment";
		}
		return null;
	}

	/** {@code root/path}, after {@link #check}; the result is always inside {@code root}. */
	public static Path resolve(final Path root, final String path) {
		check(path);
		final Path p = root.resolve(path).normalize();
		if (!p.startsWith(root.normalize())) throw new IllegalArgumentException(path + ": resolves outside " + root);
		return p;
	}
}
