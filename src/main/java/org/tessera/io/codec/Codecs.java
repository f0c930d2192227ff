package org.tessera.io.codec;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Static lookup of codecs by id through {@link CodecProvider} services. */
public final class Codecs {

	private static final Map<String, CodecProvider> PROVIDERS = load();

	private Codecs() {}

	private static Map<String, CodecProvider> load() {
		final Map<String, CodecProvider> m = new HashMap<>();
		for (final CodecProvider p : ServiceLoader.load(CodecProvider.class, Codecs.class.getClassLoader())) {
			for (final String id : p.ids()) m.putIfAbsent(id, p);
		}
		return Map.copyOf(m);
	}

	/** True when a codec with this id is registered. */
	public static boolean isKnown(final String id) {
		return PROVIDERS.containsKey(id);
	}

	/** Every registered id, sorted. */
	public static java.util.SortedSet<String> ids() {
		return new TreeSet<>(PROVIDERS.keySet());
	}

	/**
	 * Creates the codec with this id.
	 *
	 * @throws UnknownCodecException if no provider knows the id
	 * @throws IllegalArgumentException if the configuration is invalid
	 */
	public static Codec create(final String id, final Map<String, Object> config) throws UnknownCodecException {
		final CodecProvider p = PROVIDERS.get(id);
		if (p == null) throw new UnknownCodecException(id);
		return p.create(id, config == null ? Map.of() : config);
	}

	/** Thrown for an id no provider knows; readers turn it into a message that names the file. */
	public static final class UnknownCodecException extends Exception {

		private final String id;

		public UnknownCodecException(final String id) {
			super("unknown codec '" + id + "' (known: " + ids() + ")");
			this.id = id;
		}

		public String id() {
			return id;
		}
	}

	// -- Helper methods for providers --

	/** An integer parameter, or the default when absent. */
	public static int intParam(final Map<String, Object> config, final String key, final int dflt) {
		final Object v = config.get(key);
		if (v == null) return dflt;
		if (v instanceof Number n) return n.intValue();
		throw new IllegalArgumentException("codec parameter '" + key + "' is not a number: " + v);
	}

	/** A string parameter, or the default when absent. */
	public static String stringParam(final Map<String, Object> config, final String key, final String dflt) {
		final Object v = config.get(key);
		return v == null ? dflt : v.toString();
	}
}
