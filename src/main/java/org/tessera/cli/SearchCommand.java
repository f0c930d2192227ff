package org.tessera.cli;

import org.tessera.index.Catalog;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.tessera.search.Fusion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera search --catalog DIR --query Q [--k N] [--offset N] [--sort FIELD] [--facets]}, and similarity
 * or hybrid search with {@code --like FILE_OR_ID [--roi x,y,w,h] [--embedder NAME]...}.
 */
@Command(name = "search", description = "Search a catalogue with Lucene syntax over its fields (units and dates "
	+ "accepted: instrument.beamEnergy:[200kV TO 300kV], acquired:[2021-01-01 TO 2021-12-31]).")
final class SearchCommand implements Callable<Integer> {

	@Mixin
	CatalogOption catalog;

	@Option(names = "--query", paramLabel = "Q", description = "The query (default: everything).")
	String query = "*";

	@Option(names = "--k", paramLabel = "N", description = "Hits to return (default 10).")
	int k = 10;

	@Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default 0).")
	int offset;

	@Option(names = "--sort", paramLabel = "FIELD", description = "score (default), acquired, beamEnergy or id; "
		+ "'-' first for descending.")
	String sort;

	@Option(names = "--facets", description = "Count format, instrument, detector and year over all matches.")
	boolean facets;

	@Option(names = "--like", paramLabel = "FILE_OR_ID", description = "Similarity search: an image file, or the id "
		+ "of a catalogued record (--query then filters the hits).")
	String like;

	@Option(names = "--roi", paramLabel = "x,y,w,h", description = "With --like FILE: search patches similar to this region.")
	String roi;

	@Option(names = "--array", paramLabel = "NAME", description = "With --like FILE: the array to embed (default: the first image).")
	String array;

	@Option(names = "--embedder", paramLabel = "NAME", description = "Embedders to search with (repeatable; default: "
		+ "every one the catalogue holds).")
	List<String> embedders = List.of();

	@Option(names = "--fusion", paramLabel = "F", description = "How several embedders' scores combine: SUM (default) or RRF.")
	Fusion fusion = Fusion.SUM;

	@Mixin
	EmbedderOptions embed;

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		try (Catalog c = Catalog.open(catalog.dir())) {
			c.warnings().forEach(m -> System.err.println("tessera search: warning: " + m));
			if (like != null) {
				System.out.println(Json.write(SimilarityJson.json(new LikeSearch(c, this).run()), !options.json));
				return 0;
			}
			final SearchResult r = c.search(new SearchRequest(query, k, offset, sort, facets));
			System.out.println(Json.write(json(r, facets), !options.json));
		}
		return 0;
	}

	static Map<String, Object> json(final SearchResult r, final boolean facets) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("hits", r.hits().stream().map(SearchCommand::hit).toList());
		m.put("total", r.total());
		if (facets) m.put("facets", r.facets());
		return m;
	}

	private static Map<String, Object> hit(final SearchResult.Hit h) {
		return Json.hit(h.id(), h.path(), h.array(), h.score(), h.explain());
	}
}
