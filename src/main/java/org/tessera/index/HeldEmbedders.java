package org.tessera.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The embedders a catalogue holds (commit user data {@code embedder.<name>} = dimension), and the dimension check. */
final class HeldEmbedders {

	private HeldEmbedders() {}

	/** Embedder name → dimension from a commit's user data. */
	static Map<String, Integer> of(final Map<String, String> userData) {
		final Map<String, Integer> out = new TreeMap<>();
		userData.forEach((k, v) -> {
			if (k.startsWith(VectorSchema.EMBEDDER_KEY)) out.put(k.substring(VectorSchema.EMBEDDER_KEY.length()),
				Integer.parseInt(v));
		});
		return out;
	}

	/** @throws CatalogException when {@code name} is held with another dimension than {@code dimension} */
	static void check(final Path where, final Map<String, Integer> held, final String name, final int dimension)
		throws CatalogException
	{
		final Integer d = held.get(name);
		if (d != null && d != dimension) throw new CatalogException(where + ": embedder '" + name + "' gives "
			+ dimension + "-d vectors but this catalogue holds " + d + "-d vectors for it (field "
			+ VectorSchema.field(name) + "); index into a new catalogue or use the model it was built with");
	}

	/** @throws CatalogException when the catalogue holds no vectors of {@code name} */
	static int require(final Path where, final Map<String, Integer> held, final String name) throws CatalogException {
		final Integer d = held.get(name);
		if (d == null) throw new CatalogException(where + ": catalogue holds no vectors of embedder '" + name
			+ "' (it holds: " + (held.isEmpty() ? "none; index with --embedder" : String.join(", ", held.keySet())) + ")");
		return d;
	}
}
