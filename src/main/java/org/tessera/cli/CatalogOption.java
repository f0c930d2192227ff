package org.tessera.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --catalog DIR}, defaulting to {@code $TESSERA_CATALOG} or {@code ~/.tessera/catalog}: the embedded default. */
final class CatalogOption {

	@Option(names = "--catalog", paramLabel = "DIR", description = "Catalogue directory (default: $TESSERA_CATALOG, "
		+ "else ~/.tessera/catalog).")
	Path catalog;

	/** NB: held strongly, else the JUL logger (and its level) can be collected. */
	private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger
		.getLogger("org.apache.lucene.internal.vectorization");

	/** The catalogue directory to use. */
	Path dir() {
		// NB: Lucene warns on stderr when the optional SIMD module is absent; scripts/tessera may add it.
		VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
		return catalog != null ? catalog : org.tessera.index.Catalog.defaultLocation();
	}
}
