package org.tessera.io.zarr.v3;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.FillValues;
import org.tessera.io.zarr.NodePlace;
import org.tessera.io.zarr.ZarrArrayMetadata;
import org.tessera.io.zarr.ZarrJson;

/**
 * A parsed Zarr v3 array {@code zarr.json}. Codecs are kept as JSON and resolved when the array
 * is opened; the read chunk shape is the inner chunk shape when the array is sharded.
 *
 * @param chunkShape the regular chunk grid's chunk shape (the shard shape when sharded)
 * @param keyPrefix {@code "c"} for the default chunk key encoding, {@code ""} for {@code v2}
 */
public record ZarrV3Metadata(String file, long[] shape, int[] chunkShape, DType dtype, Object fill, Object codecs,
	String keyPrefix, String separator, List<String> dimensionNames, Map<String, Object> attributes,
	int[] readChunkShape) implements ZarrArrayMetadata
{

	/** Parses an array's {@code zarr.json}. */
	public static ZarrV3Metadata parse(final Map<String, Object> z, final String file) throws TesseraIOException {
		final long[] shape = ZarrJson.longs(z, "shape", file);
		final Map<String, Object> grid = ZarrJson.object(ZarrJson.required(z, "chunk_grid", file), "chunk_grid", file);
		if (!"regular".equals(grid.get("name"))) {
			throw new TesseraIOException.Unsupported(file, "chunk grid '" + grid.get("name") + "' is not supported (only regular)");
		}
		final Map<String, Object> gc = ZarrJson.object(grid.get("configuration"), "chunk_grid", file);
		final int[] chunks = ZarrJson.ints(ZarrJson.required(gc, "chunk_shape", file), "chunk_shape", file);
		if (chunks.length != shape.length) {
			throw new TesseraIOException.Malformed(file, "shape " + Arrays.toString(shape) + " and chunk_shape "
				+ Arrays.toString(chunks) + " have different lengths");
		}
		for (final int c : chunks) if (c == 0) throw new TesseraIOException.Malformed(file, "chunk_shape " + Arrays.toString(chunks) + " holds 0");
		if (!ZarrJson.list(z.get("storage_transformers"), "storage_transformers", file).isEmpty()) {
			throw new TesseraIOException.Unsupported(file, "storage_transformers are not supported");
		}
		final DType type = dataType(ZarrJson.required(z, "data_type", file));
		final Object fill = FillValues.parse(z.get("fill_value"), type, file);
		final Map<String, Object> cke = ZarrJson.object(z.get("chunk_key_encoding"), "chunk_key_encoding", file);
		final boolean v2keys = "v2".equals(cke.get("name"));
		final Object sep = ZarrJson.object(cke.get("configuration"), "chunk_key_encoding", file).get("separator");
		final Object codecs = z.get("codecs");
		final int[] read = type.isNumeric() ? readShape(codecs, type, chunks, fill, file) : chunks;
		return new ZarrV3Metadata(file, shape, chunks, type, fill, codecs, v2keys ? "" : "c",
			sep != null ? sep.toString() : v2keys ? "." : "/", ZarrJson.strings(z.get("dimension_names"), "dimension_names", file),
			ZarrJson.object(z.get("attributes"), "attributes", file), read);
	}

	private static int[] readShape(final Object codecs, final DType type, final int[] chunks, final Object fill,
		final String file) throws TesseraIOException
	{
		try {
			final CodecChain c = CodecChains.parse(codecs, type, chunks.length, fill, file);
			if (!c.isShardingOnly()) return chunks;
			final ShardingCodec s = (ShardingCodec) c.arrayBytes();
			s.grid(chunks, file);
			return s.innerShape();
		}
		catch (final TesseraIOException.Unsupported e) {
			// NB: list the array anyway; opening it reports the unsupported codec.
			return chunks;
		}
	}

	/** The v3 {@code data_type}: numeric names, anything else listed but unreadable. */
	static DType dataType(final Object json) {
		if (json instanceof String s) {
			try {
				return DType.forName(s);
			}
			catch (final IllegalArgumentException e) {
				return DType.unreadable(s, s.contains("str") || s.startsWith("r") ? DType.Kind.STRING : DType.Kind.OTHER, 0);
			}
		}
		return DType.unreadable(String.valueOf(json), DType.Kind.OTHER, 0);
	}

	/** The store key of a chunk (or shard), relative to the array. */
	public String chunkKey(final long[] position) {
		return chunkKey(keyPrefix, separator, position);
	}

	/** A chunk key: the prefix ({@code "c"} or empty) and the position joined by the separator. */
	public static String chunkKey(final String keyPrefix, final String separator, final long[] position) {
		final StringBuilder sb = new StringBuilder(keyPrefix);
		for (final long p : position) sb.append(sb.isEmpty() ? "" : separator).append(p);
		return sb.isEmpty() ? "0" : sb.toString();
	}

	@Override
	public ChunkedArray open(final NodePlace place, final List<Axis> axes) throws IOException {
		return new ZarrV3Array(place, this, axes, CodecChains.parse(codecs, dtype, shape.length, fill, file));
	}
}
