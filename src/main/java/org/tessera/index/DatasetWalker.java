package org.tessera.index;

import org.tessera.io.FormatReaders;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the datasets under some paths: files, and container directories (Zarr, N5, ...) taken as
 * one dataset each — a directory is asked to every format reader before it is descended into.
 * Files no reader claims are left out unless their name says they should be a dataset (then they
 * are kept, so that indexing lists them as failed with the reader's reason).
 */
final class DatasetWalker {

	/** Names of files that should be datasets: a failure to open one is reported, not ignored. */
	private static final Pattern DATASET_NAME = Pattern.compile(".*\\.(zarr|n5|h5|hdf5|hdf|emd|dm3|dm4|tif|tiff|btf)$");

	private DatasetWalker() {}

	/** The datasets under {@code roots}, absolute and normalised, sorted, without duplicates. */
	static List<Path> walk(final List<Path> roots) throws IOException {
		final Set<Path> out = new TreeSet<>();
		for (final Path r : roots) {
			final Path p = r.toAbsolutePath().normalize();
			if (!Files.exists(p)) throw new TesseraIOException.NotFound(p.toString(), "no such file or directory");
			walk(p, true, out);
		}
		return List.copyOf(out);
	}

	private static void walk(final Path p, final boolean root, final Set<Path> out) throws IOException {
		final String name = p.getFileName() == null ? "" : p.getFileName().toString();
		if (!root && name.startsWith(".")) return;
		if (Files.isDirectory(p)) {
			if (isDataset(p) || DATASET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
				out.add(p);
				return;
			}
			try (Stream<Path> children = Files.list(p)) {
				for (final Path c : children.sorted().toList()) walk(c, false, out);
			}
		}
		else if (Files.isRegularFile(p) && (root || isDataset(p) || DATASET_NAME.matcher(name.toLowerCase(Locale.ROOT))
			.matches())) out.add(p);
	}

	private static boolean isDataset(final Path p) {
		try {
			FormatReaders.detect(Location.of(p));
			return true;
		}
		catch (final TesseraIOException e) {
			return false; // NB: "no reader recognises it": not a dataset, descend or leave out.
		}
	}
}
