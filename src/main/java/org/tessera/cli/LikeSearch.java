package org.tessera.cli;

import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.index.Catalog;
import org.tessera.search.Roi;
import org.tessera.search.SimilarityHit;
import org.tessera.search.SimilarityQuery;
import org.tessera.search.SimilaritySearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code --like} part of {@code tessera search}: by image file (or a region of it) or by record id. */
final class LikeSearch {

	private final Catalog catalog;
	private final SearchCommand cmd;

	LikeSearch(final Catalog catalog, final SearchCommand cmd) {
		this.catalog = catalog;
		this.cmd = cmd;
	}

	List<SimilarityHit> run() throws IOException {
		final Path file = Path.of(cmd.like);
		final boolean isFile = Files.exists(file);
		if (!isFile && catalog.record(cmd.like).isEmpty()) throw new IllegalArgumentException(cmd.like
			+ ": neither an existing file nor a record id in the catalogue " + catalog.location());
		if (!isFile && cmd.roi != null) throw new IllegalArgumentException(cmd.like + ": --roi needs an image file");
		final List<Embedder> embedders = isFile ? embedders() : List.of();
		try {
			final SimilaritySearch s = new SimilaritySearch(catalog, embedders, cmd.fusion);
			final SimilarityQuery q = !isFile ? s.byId(cmd.like, cmd.k) : cmd.roi != null
				? s.byRegion(file, cmd.array, Roi.parse(cmd.roi), cmd.k) : s.byImage(file, cmd.array, cmd.k);
			return s.search(q.withFilter(cmd.query.isBlank() || cmd.query.trim().equals("*") ? null : cmd.query));
		}
		finally {
			embedders.forEach(Embedder::close);
		}
	}

	/** The embedders named, else every one the catalogue holds. */
	private List<Embedder> embedders() throws IOException {
		final List<String> names = cmd.embedders.isEmpty() ? List.copyOf(catalog.embedders().keySet()) : cmd.embedders;
		if (names.isEmpty()) throw new IllegalArgumentException(catalog.location()
			+ ": catalogue holds no vectors (index with --embedder NAME)");
		final List<Embedder> out = new ArrayList<>();
		for (final String n : names) out.add(Embedders.create(n, cmd.embed.options()));
		return out;
	}
}
