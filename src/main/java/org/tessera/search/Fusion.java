package org.tessera.search;

import org.tessera.index.VectorHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How the hit lists of several embedders become one: the sum of cosines, or reciprocal-rank fusion. */
public enum Fusion {

	/** Sum of the per-embedder cosines. */
	SUM,

	/** Σ 1 / (60 + rank), rank from 1 (Cormack et al. 2009). */
	RRF;

	/** RRF's rank offset. */
	static final int RRF_K = 60;

	/** The top {@code k} of the union of {@code lists} (embedder name → its hits, best first). */
	List<SimilarityHit> combine(final Map<String, List<VectorHit>> lists, final int k) {
		final Map<String, VectorHit> first = new LinkedHashMap<>();
		lists.values().forEach(l -> l.forEach(h -> first.putIfAbsent(h.key(), h)));
		final List<SimilarityHit> out = new ArrayList<>();
		for (final VectorHit h : first.values()) out.add(fuse(h, lists));
		out.sort(Comparator.comparingDouble((SimilarityHit h) -> -h.score()).thenComparing(SimilarityHit::id));
		return out.subList(0, Math.min(k, out.size()));
	}

	private SimilarityHit fuse(final VectorHit h, final Map<String, List<VectorHit>> lists) {
		final Map<String, Float> scores = new LinkedHashMap<>();
		final Set<String> missing = new HashSet<>();
		double fused = 0;
		for (final Map.Entry<String, List<VectorHit>> e : lists.entrySet()) {
			final List<VectorHit> l = e.getValue();
			final int rank = indexOf(l, h.key());
			if (rank < 0) missing.add(e.getKey());
			final float cos = rank >= 0 ? l.get(rank).score() : l.isEmpty() ? -1 : l.get(l.size() - 1).score();
			scores.put(e.getKey(), cos);
			fused += this == SUM ? cos : rank < 0 ? 0 : 1.0 / (RRF_K + rank + 1);
		}
		return new SimilarityHit(h.id(), h.path(), h.array(), (float) fused, scores, missing, h.filter(), h.patch());
	}

	private static int indexOf(final List<VectorHit> l, final String key) {
		for (int i = 0; i < l.size(); i++) {
			if (l.get(i).key().equals(key)) return i;
		}
		return -1;
	}
}
