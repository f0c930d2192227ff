package org.tessera.io.zarr;

import java.util.Map;

import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.Codec;
import org.tessera.io.codec.Codecs;

/** Static lookup of bytes-to-bytes codecs for Zarr metadata, with errors naming the metadata file. */
public final class ZarrCodecs {

	private ZarrCodecs() {}

	/**
	 * The codec with this id.
	 *
	 * @throws TesseraIOException.Unsupported naming an unknown id
	 * @throws TesseraIOException.Malformed for an invalid configuration
	 */
	public static Codec create(final String id, final Map<String, Object> config, final String file)
		throws TesseraIOException
	{
		try {
			return Codecs.create(id, config);
		}
		catch (final Codecs.UnknownCodecException e) {
			throw new TesseraIOException.Unsupported(file, "codec '" + id + "' is not supported (" + e.getMessage() + ")");
		}
		catch (final IllegalArgumentException e) {
			throw new TesseraIOException.Malformed(file, "invalid configuration of codec '" + id + "': " + e.getMessage());
		}
	}
}
