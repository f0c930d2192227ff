package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tessera.TestData;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.sample.SampleCollection;

/**
 * A folder to index for the catalogue tests of the Fiji side: the generated sample collection, a
 * real DM3 STEM image (truth: 200 kV, FEI Titan, camera length 135 mm, 68 x 68) and one broken file.
 */
final class CatalogFixture {

	/** The real file's name in the folder. */
	static final String DM = "test_STEM_image.dm3";

	/** The broken file's name in the folder. */
	static final String BROKEN = "broken.h5";

	private CatalogFixture() {}

	/** Writes the folder {@code dir/data} and returns it. */
	static Path folder(final Path dir) throws IOException {
		final Path data = Files.createDirectories(dir.resolve("data"));
		SampleCollection.generate(data.resolve("sample"));
		Files.copy(TestData.real("dm/" + DM), data.resolve(DM));
		Files.write(data.resolve(BROKEN), new byte[] { 1, 2, 3, 4 });
		return data;
	}

	/** The datasets in the folder that open (the sample collection, sub-folders included, and the DM file). */
	static List<Path> datasets(final Path data) throws IOException {
		final List<Path> out = new ArrayList<>();
		collect(data.resolve("sample"), out);
		out.add(data.resolve(DM));
		return out;
	}

	/** Adds every child a reader recognises; descends into folders that are not datasets themselves. */
	private static void collect(final Path dir, final List<Path> out) throws IOException {
		final List<Path> children;
		try (java.util.stream.Stream<Path> s = Files.list(dir)) {
			children = s.sorted().toList();
		}
		for (final Path p : children) {
			if (opens(p)) out.add(p);
			else if (Files.isDirectory(p)) collect(p, out);
		}
	}

	private static boolean opens(final Path p) {
		try {
			FormatReaders.detect(org.tessera.io.Location.of(p));
			return true;
		}
		catch (final org.tessera.io.TesseraIOException e) {
			return false;
		}
	}

	/** How many arrays of format {@code format} the readers see in the folder's datasets. */
	static int arrays(final Path data, final String format) throws IOException {
		int n = 0;
		for (final Path p : datasets(data)) {
			try (Container c = FormatReaders.open(p)) {
				if (!c.format().equals(format)) continue;
				// NB: as the indexer: vendor thumbnails (DM's embedded previews) are not catalogued.
				for (final var a : c.arrays()) {
					// NB: as the indexer: only pixel-readable arrays (not HyperSpy's object lists, not thumbnails).
					if (a.dtype().isNumeric() && !org.tessera.io.Containers.isThumbnail(c.array(a.name()))) n++;
				}
			}
		}
		return n;
	}
}
