package org.tessera.io.zarr.v3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.Boxes;
import org.tessera.io.zarr.ZarrJson;

/**
 * Zarr v3's {@code sharding_indexed} codec: a shard holds a grid of inner chunks, each encoded with
 * the inner codecs, and an index of (offset, nbytes) pairs at its start or end.
 * <p>
 * Decoding a whole shard is used for nested sharding and tests; {@link ShardReader} reads single
 * inner chunks with byte-range reads.
 * </p>
 */
public record ShardingCodec(DType type, int[] innerShape, CodecChain inner, CodecChain index, boolean indexAtEnd,
	Object fill) implements ArrayBytesCodec
{

	/** Parses the codec's configuration. */
	static ShardingCodec parse(final Map<String, Object> config, final DType type, final int ndim, final Object fill,
		final String file) throws TesseraIOException
	{
		final int[] inner = ZarrJson.ints(ZarrJson.required(config, "chunk_shape", file), "chunk_shape", file);
		if (inner.length != ndim) {
			throw new TesseraIOException.Malformed(file, "sharding chunk_shape " + Arrays.toString(inner) + " has not " + ndim + " dimensions");
		}
		final CodecChain chain = CodecChains.parse(config.get("codecs"), type, ndim, fill, file);
		final Object ic = config.getOrDefault("index_codecs", java.util.List.of(Map.of("name", "bytes")));
		final CodecChain index = CodecChains.parse(ic, DType.UINT64, ndim + 1, new long[1], file);
		final String where = String.valueOf(config.getOrDefault("index_location", "end"));
		if (!where.equals("start") && !where.equals("end")) {
			throw new TesseraIOException.Malformed(file, "sharding index_location '" + where + "' is not start or end");
		}
		return new ShardingCodec(type, inner, chain, index, where.equals("end"), fill);
	}

	/** The number of inner chunks along each axis of a shard of {@code shardShape}. */
	public int[] grid(final int[] shardShape, final String file) throws TesseraIOException {
		final int[] n = new int[shardShape.length];
		for (int d = 0; d < n.length; d++) {
			if (shardShape[d] % innerShape[d] != 0) {
				throw new TesseraIOException.Malformed(file, "shard shape " + Arrays.toString(shardShape)
					+ " is not a multiple of the inner chunk shape " + Arrays.toString(innerShape));
			}
			n[d] = shardShape[d] / innerShape[d];
		}
		return n;
	}

	/** The encoded size of the index of a shard with this inner grid. */
	public int indexSize(final int[] grid) throws TesseraIOException {
		final long n = index.encodedSize(indexShape(grid));
		if (n < 0) throw new TesseraIOException.Unsupported("sharding", "index_codecs other than bytes and crc32c");
		return (int) n;
	}

	/** Decodes index bytes. */
	public ShardIndex decodeIndex(final byte[] bytes, final int[] grid, final String file) throws IOException {
		return new ShardIndex((long[]) index.decode(bytes, indexShape(grid), file));
	}

	// -- ArrayBytesCodec methods --

	@Override
	public Object decode(final byte[] bytes, final int[] shape, final String file) throws IOException {
		final int[] grid = grid(shape, file);
		final int isz = indexSize(grid);
		if (bytes.length < isz) throw new TesseraIOException.Corrupt(file, "shard of " + bytes.length + " bytes is shorter than its " + isz + "-byte index");
		final int at = indexAtEnd ? bytes.length - isz : 0;
		final ShardIndex idx = decodeIndex(Arrays.copyOfRange(bytes, at, at + isz), grid, file);
		final Object out = Chunks.filled(type, Chunks.product(shape), fill);
		final int[] pos = new int[grid.length];
		for (int i = 0; i < idx.size(); i++, next(pos, grid)) {
			if (idx.isEmpty(i)) continue;
			if (idx.offset(i) < 0 || idx.offset(i) + idx.nbytes(i) > bytes.length) {
				throw new TesseraIOException.Corrupt(file, "inner chunk " + i + " lies outside the shard (" + bytes.length + " bytes)");
			}
			final byte[] b = Arrays.copyOfRange(bytes, (int) idx.offset(i), (int) (idx.offset(i) + idx.nbytes(i)));
			final int[] origin = new int[grid.length];
			for (int d = 0; d < grid.length; d++) origin[d] = pos[d] * innerShape[d];
			Boxes.paste(type, inner.decode(b, innerShape, file), innerShape, out, shape, origin);
		}
		return out;
	}

	@Override
	public byte[] encode(final Object data, final int[] shape) throws IOException {
		final int[] grid = grid(shape, "shard");
		final int n = Chunks.product(grid);
		final int isz = indexSize(grid);
		final long[] entries = new long[2 * n];
		final ByteArrayOutputStream body = new ByteArrayOutputStream();
		final int[] pos = new int[grid.length];
		for (int i = 0; i < n; i++, next(pos, grid)) {
			final int[] origin = new int[grid.length];
			for (int d = 0; d < grid.length; d++) origin[d] = pos[d] * innerShape[d];
			final byte[] b = inner.encode(Boxes.extract(type, data, shape, origin, innerShape), innerShape);
			entries[2 * i] = body.size() + (indexAtEnd ? 0 : isz);
			entries[2 * i + 1] = b.length;
			body.write(b);
		}
		final byte[] idx = index.encode(entries, indexShape(grid));
		final ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + isz);
		if (!indexAtEnd) out.write(idx);
		body.writeTo(out);
		if (indexAtEnd) out.write(idx);
		return out.toByteArray();
	}

	@Override
	public long encodedSize(final int[] shape) {
		return -1;
	}

	// -- Helper methods --

	private static int[] indexShape(final int[] grid) {
		final int[] s = Arrays.copyOf(grid, grid.length + 1);
		s[grid.length] = 2;
		return s;
	}

	/** Advances a C-order position in a grid. */
	static void next(final int[] pos, final int[] grid) {
		for (int d = pos.length - 1; d >= 0; d--) {
			if (++pos[d] < grid[d]) return;
			pos[d] = 0;
		}
	}
}
