package org.tessera.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An interactive similarity search: the current query, hits marked relevant (+) or not (−), Rocchio
 * refinement (q' = α q + β mean(+) − γ mean(−), renormalised per embedder; a marked patch hit counts
 * with its patch's own vector), "search with this hit", and a back/forward history of queries like a
 * browser's. Not thread-safe.
 */
public final class SearchSession {

	/** Rocchio weights. */
	public static final double ALPHA = 1, BETA = 0.75, GAMMA = 0.15;

	private final SimilaritySearch engine;
	private final List<SimilarityQuery> history = new ArrayList<>();
	private final Set<String> positive = new LinkedHashSet<>(), negative = new LinkedHashSet<>();
	private final Map<String, SimilarityHit> patchMarks = new LinkedHashMap<>();
	private int at;

	public SearchSession(final SimilaritySearch engine, final SimilarityQuery first) {
		this.engine = engine;
		history.add(first);
	}

	/** The current query. */
	public SimilarityQuery current() {
		return history.get(at);
	}

	/** The hits of the current query. */
	public List<SimilarityHit> hits() throws IOException {
		return engine.search(current());
	}

	// -- Marks --

	/** Marks a record id relevant ({@code true}) or not; marking again moves it. */
	public void mark(final String id, final boolean relevant) {
		(relevant ? negative : positive).remove(id);
		(relevant ? positive : negative).add(id);
	}

	/**
	 * Marks a hit relevant or not: a record hit by its id, a patch hit by its {@link SimilarityHit#key()}
	 * (refinement then uses the patch's vector).
	 */
	public void mark(final SimilarityHit hit, final boolean relevant) {
		if (hit.patch() != null) patchMarks.put(hit.key(), hit);
		mark(hit.key(), relevant);
	}

	/** Removes a mark. */
	public void unmark(final String id) {
		positive.remove(id);
		negative.remove(id);
	}

	public Set<String> positives() {
		return Set.copyOf(positive);
	}

	public Set<String> negatives() {
		return Set.copyOf(negative);
	}

	// -- New queries --

	/** Moves the current query by the marks (Rocchio) and returns its hits. */
	public List<SimilarityHit> refine() throws IOException {
		final Map<String, float[]> v = new LinkedHashMap<>();
		for (final Map.Entry<String, float[]> e : current().vectors().entrySet()) {
			v.put(e.getKey(), rocchio(e.getValue(), mean(positive, e.getKey()), mean(negative, e.getKey())));
		}
		return push(current().withVectors(v));
	}

	/** Searches with a hit's stored vectors (same k and filter) and returns its hits. */
	public List<SimilarityHit> searchWith(final String id) throws IOException {
		final SimilarityQuery q = engine.byId(id, current().k());
		return push(current().withVectors(q.vectors()));
	}

	/** Runs {@code q} as the next query (dropping any forward history) and returns its hits. */
	public List<SimilarityHit> push(final SimilarityQuery q) throws IOException {
		history.subList(at + 1, history.size()).clear();
		history.add(q);
		at = history.size() - 1;
		return hits();
	}

	// -- History --

	public boolean canGoBack() {
		return at > 0;
	}

	public boolean canGoForward() {
		return at < history.size() - 1;
	}

	/** Goes one query back; @throws IllegalStateException at the first */
	public SimilarityQuery back() {
		if (!canGoBack()) throw new IllegalStateException("no earlier query in this session");
		return history.get(--at);
	}

	/** Goes one query forward; @throws IllegalStateException at the last */
	public SimilarityQuery forward() {
		if (!canGoForward()) throw new IllegalStateException("no later query in this session");
		return history.get(++at);
	}

	// -- Helper methods --

	/** The mean stored vector of {@code ids} for one embedder (null when none has one). */
	private float[] mean(final Set<String> ids, final String embedder) throws IOException {
		float[] sum = null;
		int n = 0;
		for (final String id : ids) {
			final SimilarityHit p = patchMarks.get(id);
			final Optional<float[]> v = p == null ? engine.catalog().vector(id, embedder)
				: engine.catalog().patchVector(p.id(), p.patch(), embedder);
			if (v.isEmpty()) continue;
			if (sum == null) sum = new float[v.get().length];
			for (int i = 0; i < sum.length; i++) sum[i] += v.get()[i];
			n++;
		}
		if (sum != null) for (int i = 0; i < sum.length; i++) sum[i] /= n;
		return sum;
	}

	static float[] rocchio(final float[] q, final float[] pos, final float[] neg) {
		final float[] out = new float[q.length];
		double norm = 0;
		for (int i = 0; i < q.length; i++) {
			out[i] = (float) (ALPHA * q[i] + (pos == null ? 0 : BETA * pos[i]) - (neg == null ? 0 : GAMMA * neg[i]));
			norm += out[i] * (double) out[i];
		}
		final float s = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
		for (int i = 0; i < out.length; i++) out[i] *= s;
		return out;
	}
}
