package org.tessera.cli;

import org.tessera.search.SimilarityHit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --json} form of similarity hits: {@code {"hits":[{"id","path","array","score","explain",…}],"total"}}. */
final class SimilarityJson {

	private SimilarityJson() {}

	static Map<String, Object> json(final List<SimilarityHit> hits) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("hits", hits.stream().map(SimilarityJson::hit).toList());
		m.put("total", hits.size());
		return m;
	}

	private static Map<String, Object> hit(final SimilarityHit h) {
		final Map<String, Object> m = Json.hit(h.id(), h.path(), h.array(), h.score(), h.explain());
		m.put("scores", h.scores());
		if (h.patch() != null) m.put("patch", Map.of("x", h.patch().x(), "y", h.patch().y(), "w", h.patch().w(),
			"h", h.patch().h(), "level", h.patch().level()));
		return m;
	}
}
