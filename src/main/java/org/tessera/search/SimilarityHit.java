package org.tessera.search;

import org.tessera.index.VectorHit;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One answer of a {@link SimilarityQuery}.
 *
 * @param id the record id (for a patch hit, its parent record)
 * @param path the file or container
 * @param array the internal path of the array
 * @param score the fused score (the cosine for one embedder)
 * @param scores embedder name → cosine; an embedder that did not return this hit among its candidates
 *        gets its lowest candidate's cosine (an upper bound), flagged in {@link #explain()}
 * @param missing embedder names whose score is such a bound
 * @param filter the filter clauses that admitted the record ("" without a filter)
 * @param patch the matching patch, or null for a record hit
 */
public record SimilarityHit(String id, String path, String array, float score, Map<String, Float> scores,
	java.util.Set<String> missing, String filter, VectorHit.Patch patch)
{

	/** A key unique per hit: the record id, plus {@code "#"} and the patch for patch hits. */
	public String key() {
		return patch == null ? id : id + "#" + patch;
	}

	/** E.g. {@code "classical=0.913, wallpaper<=0.402; filter: detector:haadf; patch 64,0,64,64@0"}. */
	public String explain() {
		final StringBuilder s = new StringBuilder(scores.entrySet().stream().map(e -> e.getKey()
			+ (missing.contains(e.getKey()) ? "<=" : "=") + String.format(java.util.Locale.ROOT, "%.4f", e.getValue()))
			.collect(Collectors.joining(", ")));
		if (!filter.isEmpty()) s.append("; filter: ").append(filter);
		if (patch != null) s.append("; patch ").append(patch);
		return s.toString();
	}
}
