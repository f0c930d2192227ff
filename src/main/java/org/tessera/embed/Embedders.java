package org.tessera.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Static helpers to find embedder providers by name. */
public final class Embedders {

	private Embedders() {}

	/** Every registered provider, in service-file order. */
	public static List<EmbedderProvider> all() {
		final List<EmbedderProvider> out = new ArrayList<>();
		ServiceLoader.load(EmbedderProvider.class, Embedders.class.getClassLoader()).forEach(out::add);
		return out;
	}

	/**
	 * The provider with this stable name.
	 *
	 * @throws IllegalArgumentException listing the known names if there is none
	 */
	public static EmbedderProvider byName(final String name) {
		final List<String> names = new ArrayList<>();
		for (final EmbedderProvider p : all()) {
			if (p.name().equals(name)) return p;
			names.add(p.name());
		}
		throw new IllegalArgumentException("no embedder named '" + name + "' (known: " + names + ")");
	}

	/** Makes the named embedder. */
	public static Embedder create(final String name, final EmbedOptions options) throws EmbedException {
		return byName(name).create(options);
	}
}
