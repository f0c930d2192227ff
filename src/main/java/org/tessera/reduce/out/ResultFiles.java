package org.tessera.reduce.out;

import org.tessera.reduce.ReducedArray;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes reduction results to {@code .npy}, {@code .tif}/{@code .tiff} or {@code .zarr}, chosen by
 * the file name. Everything is first written beside the target under a temporary name and then
 * moved into place atomically, so a half-written result never appears. A {@code .zarr} target holds
 * every result; for the single-array formats several results go to {@code STEM_NAME.EXT}.
 */
public final class ResultFiles {

	private ResultFiles() {}

	/**
	 * Writes the results.
	 *
	 * @return the files (or the one directory) written
	 */
	public static List<Path> write(final Path target, final List<ReducedArray> results,
		final Map<String, Object> attributes) throws IOException
	{
		final String name = target.getFileName().toString();
		final String ext = extension(name);
		final List<Path> targets = new ArrayList<>();
		final List<Path> temps = new ArrayList<>();
		try {
			if (ext.equals(".zarr")) {
				targets.add(target);
				temps.add(temp(target));
				ZarrResults.write(results, attributes, temps.getFirst());
			}
			else {
				for (final ReducedArray r : results) {
					final Path t = results.size() == 1 ? target
						: target.resolveSibling(name.substring(0, name.length() - ext.length()) + "_" + r.name() + ext);
					targets.add(t);
					temps.add(temp(t));
					writeOne(r, ext, temps.getLast());
				}
			}
			for (int i = 0; i < targets.size(); i++) {
				Files.move(temps.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return targets;
		}
		finally {
			for (final Path t : temps) delete(t);
		}
	}

	private static void writeOne(final ReducedArray r, final String ext, final Path path) throws IOException {
		try (OutputStream out = Files.newOutputStream(path)) {
			if (ext.equals(".npy")) NpyWriter.write(r, out);
			else TiffWriter.write(r, out);
		}
	}

	/** A result's content SHA-256 (hex): its elements in C order, little-endian, as {@code stats} hashes arrays. */
	public static String sha256(final ReducedArray r) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(ResultBytes.littleEndian(r.data())));
		}
		catch (final java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", e);
		}
	}

	/** Checks that the target's type is known, before any work is done. */
	public static void check(final Path target) {
		extension(target.getFileName().toString());
	}

	/** The lower-case extension, checked: {@code .npy}, {@code .tif}, {@code .tiff} or {@code .zarr}. */
	static String extension(final String name) {
		final String n = name.toLowerCase(Locale.ROOT);
		for (final String e : new String[] { ".npy", ".tiff", ".tif", ".zarr" }) {
			if (n.endsWith(e)) return name.substring(name.length() - e.length()).toLowerCase(Locale.ROOT);
		}
		throw new IllegalArgumentException(name + ": unknown output type (use .npy, .tif or .zarr)");
	}

	private static Path temp(final Path target) {
		return target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
			+ System.nanoTime());
	}

	/** Removes a file or a whole directory tree (leftover temporaries, scratch folders); absent: a no-op. */
	public static void delete(final Path p) throws IOException {
		if (!Files.exists(p)) return;
		try (Stream<Path> s = Files.walk(p)) {
			for (final Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
		}
	}
}
