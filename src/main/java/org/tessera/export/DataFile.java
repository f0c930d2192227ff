package org.tessera.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One data file of an export and its path in the package: {@code data/<file name>} for a single file,
 * {@code data/<container>/<relative path>} for the files of a container directory (Zarr, N5).
 *
 * @param source the file on disk
 * @param path the package path, {@code /}-separated, relative
 * @param root the package path of the file or container it belongs to (the record's data entity)
 */
public record DataFile(Path source, String path, String root) {

	/** The data files of a set, each source once, in a stable order. */
	static List<DataFile> of(final ExportSet set) throws IOException {
		final Map<Path, String> roots = new LinkedHashMap<>();
		final Map<String, Integer> used = new HashMap<>();
		for (final ExportSet.Item i : set.items()) {
			final Path src = i.source().toAbsolutePath().normalize();
			if (!roots.containsKey(src)) roots.put(src, unique("data/" + src.getFileName(), used));
		}
		final List<DataFile> out = new ArrayList<>();
		for (final Map.Entry<Path, String> e : roots.entrySet()) walk(e.getKey(), e.getValue(), out);
		return out;
	}

	/** The package path of a dataset's data entity (a directory ends with {@code /}, as RO-Crate wants). */
	public static String entityId(final Path source, final String root) {
		return Files.isDirectory(source) ? root + "/" : root;
	}

	// -- Helpers --

	/** NB: two datasets with the same file name from different folders get {@code -2}, {@code -3}, … */
	private static String unique(final String name, final Map<String, Integer> used) {
		final int n = used.merge(name, 1, Integer::sum);
		return n == 1 ? name : name + "-" + n;
	}

	private static void walk(final Path src, final String root, final List<DataFile> out) throws IOException {
		if (!Files.exists(src)) throw new ExportException(src + ": data of the record not found");
		if (!Files.isDirectory(src)) {
			out.add(new DataFile(src, root, root));
			return;
		}
		try (Stream<Path> s = Files.walk(src)) {
			s.filter(Files::isRegularFile).sorted().forEach(f -> out.add(new DataFile(f, root + "/" + relative(src, f),
				root)));
		}
	}

	private static String relative(final Path dir, final Path f) {
		return dir.relativize(f).toString().replace(java.io.File.separatorChar, '/');
	}
}
