package org.tessera.search;

import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.embed.Plane;
import org.tessera.index.CatalogWriter;
import org.tessera.index.IngestReport;
import org.tessera.index.Indexer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds on-disk test catalogues with vectors: a labelled texture set, and a planted-square image with patches. */
final class SearchFixture {

	static final int PER_CLASS = 8, SIDE = 96;

	private SearchFixture() {}

	/** Indexes {@code paths} with the named embedders (default options) and optional patches. */
	static IngestReport index(final Path catalog, final int patchSize, final List<String> embedders, final Path... paths)
		throws IOException
	{
		final Map<String, EmbedOptions> e = new java.util.LinkedHashMap<>();
		embedders.forEach(n -> e.put(n, EmbedOptions.DEFAULT));
		final Indexer.Options o = new Indexer.Options(true, false, 100, 10_000, 2)
			.withEmbedding(new Indexer.Embedding(e, patchSize, 0));
		try (CatalogWriter w = CatalogWriter.open(catalog)) {
			return new Indexer(w, o, new Indexer.Listener() {}).run(List.of(paths));
		}
	}

	/** Writes PER_CLASS textures of each class under {@code dir} as {@code c<class>_<i>.zarr}. */
	static List<Path> textures(final Path dir) throws IOException {
		final List<Path> out = new ArrayList<>();
		for (int c = 0; c < TestImages.CLASSES; c++) {
			for (int i = 0; i < PER_CLASS; i++) {
				out.add(TestImages.write(dir.resolve("c" + c + "_" + i + ".zarr"), TestImages.texture(c, SIDE, SIDE,
					1000L * c + i)));
			}
		}
		return out;
	}

	/** The class of a texture from its path. */
	static int label(final String path) {
		final String f = Path.of(path).getFileName().toString();
		return f.charAt(1) - '0';
	}

	/** The test embedder. */
	static Embedder hist() throws IOException {
		return Embedders.create(HistogramEmbedder.NAME, EmbedOptions.DEFAULT);
	}

	static Plane plane(final int cls, final long seed) {
		return TestImages.texture(cls, SIDE, SIDE, seed);
	}
}
