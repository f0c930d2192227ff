package org.tessera.fiji;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.tessera.embed.Embedders;

/**
 * One "Find Similar..." request, shared by the command, the plugin and {@code Ext.findSimilar}.
 *
 * @param catalog the catalogue folder
 * @param embedders embedder names, comma-separated (several are fused by the sum of their cosines)
 * @param filter metadata filter in the catalogue's query syntax, blank for none
 * @param k hits to show
 */
public record SimilarRequest(Path catalog, String embedders, String filter, int k) {

	/** The names of the registered embedders, for the dialogs' choice. */
	public static List<String> embedderNames() {
		return Embedders.all().stream().map(p -> p.name()).toList();
	}

	/** The embedder names asked for. */
	List<String> names() {
		final List<String> n = Arrays.stream(embedders.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		if (n.isEmpty()) throw new IllegalArgumentException("no embedder given (registered: " + embedderNames() + ")");
		return n;
	}

	/**
	 * Runs the search for {@code subject} (an open image title, a file, a record id, blank for
	 * {@code current}) and returns the browsing state, whose hits are the {@link CatalogHits#last()}.
	 */
	public SimilarBrowserModel run(final String subject, final ImagePlus current) throws IOException {
		return SimilarBrowserModel.open(this, SimilarSubject.of(subject, current));
	}
}
