package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tessera.TestData;

/**
 * A small indexed folder for the lineage and similarity tests of the Fiji side: the real DM3 STEM image
 * ({@link CatalogFixture#DM}) and three tiny N5 datasets, indexed with content hashes (so the file
 * entities are {@code sha256:…}) into {@code dir/catalog}.
 */
final class LineageFixture {

	private LineageFixture() {}

	/** Writes and indexes the folder {@code dir/data}; returns the catalogue folder. */
	static Path catalog(final Path dir) throws IOException {
		final Path data = Files.createDirectories(dir.resolve("data"));
		org.tessera.sample.TinyDatasets.write(data, 3);
		Files.copy(TestData.real("dm/" + CatalogFixture.DM), data.resolve(CatalogFixture.DM));
		final Path catalog = dir.resolve("catalog");
		final IndexSummary s = new IndexRequest(data, catalog, false, true).run(() -> false, (d, t) -> {});
		if (!s.lines().get(1).equals("indexed 4, skipped 0, removed 0, failed 0")) throw new IOException(s.lines()
			.toString());
		return catalog;
	}

	/** The DM3 file in the folder. */
	static Path dm(final Path dir) {
		return dir.resolve("data").resolve(CatalogFixture.DM);
	}
}
