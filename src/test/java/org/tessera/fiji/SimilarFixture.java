package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tessera.search.TestImages;

/**
 * A catalogue with vectors for the "Find Similar..." tests: {@value #PER_CLASS} textures of each of
 * four classes (0 stripes, 1 checker, 2 speckle, 3 blobs; {@link TestImages}) as {@code c<class>_<i>.zarr},
 * indexed with the {@value #EMBEDDER} embedder and {@value #PATCH} pixel patches.
 */
final class SimilarFixture {

	static final int PER_CLASS = 3, SIDE = 96, PATCH = 48;

	static final String EMBEDDER = "classical";

	private SimilarFixture() {}

	/** Writes and indexes the textures under {@code dir}; returns the catalogue folder. */
	static Path catalog(final Path dir) throws IOException {
		final Path data = Files.createDirectories(dir.resolve("textures"));
		for (int c = 0; c < 4; c++) {
			for (int i = 0; i < PER_CLASS; i++) TestImages.write(data.resolve("c" + c + "_" + i + ".zarr"), TestImages
				.texture(c, SIDE, SIDE, 1000L * c + i));
		}
		final Path catalog = dir.resolve("similar-catalog");
		final IndexSummary s = new IndexRequest(data, catalog, false, true, List.of(EMBEDDER), PATCH).run(() -> false, (d,
			t) -> {});
		if (!s.lines().get(1).equals("indexed " + 4 * PER_CLASS + ", skipped 0, removed 0, failed 0")) {
			throw new IOException(s.lines().toString());
		}
		return catalog;
	}

	/** The texture class of a hit's path ({@code .../c2_1.zarr} → 2). */
	static int label(final String path) {
		return Path.of(path).getFileName().toString().charAt(1) - '0';
	}
}
