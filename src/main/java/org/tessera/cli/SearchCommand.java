package org.tessera.cli;

import org.tessera.index.Catalog;
import org.tessera.index.SearchRequest;
import org.tessera.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tessera search --catalog DIR --query Q [--k N] [--offset N] [--sort FIELD] [--facets]}. */
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

	@Mixin
	CommonOptions options;

	@Override
	public Integer call() throws Exception {
		try (Catalog c = Catalog.open(catalog.dir())) {
			c.warnings().forEach(m -> System.err.println("tessera search: warning: " + m));
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
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", h.id());
		m.put("path", h.path());
		m.put("array", h.array());
		m.put("score", Json.finite(h.score()));
		m.put("explain", h.explain());
		return m;
	}
}
