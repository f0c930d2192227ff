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

	/** The datasets in the folder that open (the sample collection and the DM file). */
	static List<Path> datasets(final Path data) throws IOException {
		final List<Path> out = new ArrayList<>();
		try (java.util.stream.Stream<Path> s = Files.list(data.resolve("sample"))) {
			out.addAll(s.sorted().toList());
		}
		out.add(data.resolve(DM));
		return out;
	}

	/** How many arrays of format {@code format} the readers see in the folder's datasets. */
	static int arrays(final Path data, final String format) throws IOException {
		int n = 0;
		for (final Path p : datasets(data)) {
			try (Container c = FormatReaders.open(p)) {
				if (c.format().equals(format)) n += c.arrays().size();
			}
		}
		return n;
	}
}
