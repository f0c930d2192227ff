package org.tessera.io.zarr.v3;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.Codec;
import org.tessera.io.zarr.ZarrCodecs;
import org.tessera.io.zarr.ZarrJson;

/** Static parser of Zarr v3 {@code codecs} lists into {@link CodecChain}s. */
public final class CodecChains {

	private CodecChains() {}

	/**
	 * Parses a codec list for chunks of {@code ndim} dimensions.
	 *
	 * @param fill one element of the fill value (for missing inner chunks of shards)
	 * @throws TesseraIOException.Unsupported naming an unknown codec
	 */
	public static CodecChain parse(final Object json, final DType type, final int ndim, final Object fill,
		final String file) throws TesseraIOException
	{
		final List<int[]> transposes = new ArrayList<>();
		ArrayBytesCodec arrayBytes = null;
		final List<Codec> bytesCodecs = new ArrayList<>();
		for (final Object o : ZarrJson.list(json, "codecs", file)) {
			final Map<String, Object> c = ZarrJson.object(o, "codecs", file);
			final String name = String.valueOf(c.get("name"));
			final Map<String, Object> config = ZarrJson.object(c.get("configuration"), name, file);
			switch (name) {
				case "transpose" -> transposes.add(order(config.get("order"), ndim, file));
				case "bytes", "endian" -> arrayBytes = new BytesCodec(type, endian(config, file));
				case "sharding_indexed" -> arrayBytes = ShardingCodec.parse(config, type, ndim, fill, file);
				default -> bytesCodecs.add(ZarrCodecs.create(name, config, file));
			}
		}
		if (arrayBytes == null) arrayBytes = new BytesCodec(type, ByteOrder.LITTLE_ENDIAN);
		return new CodecChain(type, List.copyOf(transposes), arrayBytes, List.copyOf(bytesCodecs));
	}

	private static ByteOrder endian(final Map<String, Object> config, final String file) throws TesseraIOException {
		final Object e = config.get("endian");
		if (e == null || e.equals("little")) return ByteOrder.LITTLE_ENDIAN;
		if (e.equals("big")) return ByteOrder.BIG_ENDIAN;
		throw new TesseraIOException.Malformed(file, "bytes codec endian '" + e + "' is not little or big");
	}

	private static int[] order(final Object o, final int ndim, final String file) throws TesseraIOException {
		final int[] perm = new int[ndim];
		if ("C".equals(o) || "F".equals(o)) {
			for (int d = 0; d < ndim; d++) perm[d] = o.equals("C") ? d : ndim - 1 - d;
			return perm;
		}
		final int[] p = ZarrJson.ints(o, "order", file);
		final boolean[] seen = new boolean[ndim];
		boolean ok = p.length == ndim;
		for (int d = 0; ok && d < ndim; d++) ok = p[d] < ndim && !seen[p[d]] && (seen[p[d]] = true);
		if (!ok) throw new TesseraIOException.Malformed(file, "transpose order " + o + " is not a permutation of " + ndim + " axes");
		return p;
	}
}
