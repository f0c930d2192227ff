package org.tessera.io.codec;

import java.util.Map;

/**
 * Extension point that makes a {@link Codec} from its JSON configuration. Registered in
 * {@code META-INF/services/org.tessera.io.codec.CodecProvider}; several ids may map to one family
 * (e.g. {@code "gzip"} and {@code "zlib"}).
 */
public interface CodecProvider {

	/** The ids this provider creates codecs for. */
	java.util.Set<String> ids();

	/**
	 * Creates a codec.
	 *
	 * @param id one of {@link #ids()}
	 * @param config the codec's configuration (numcodecs' dict without {@code "id"}, or the Zarr v3
	 *          {@code configuration} object); may be empty
	 * @throws IllegalArgumentException naming the bad parameter
	 */
	Codec create(String id, Map<String, Object> config);
}
