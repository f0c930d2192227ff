package org.tessera.io.zarr;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.DType;

/**
 * Test helper: assembles a SMALL array from its chunks into one C-order primitive array, and
 * computes truth.json-style statistics (sha256 of C-order little-endian elements, sum, min, max).
 */
final class ArrayContents {

	final DType type;
	final Object data;

	private ArrayContents(final DType type, final Object data) {
		this.type = type;
		this.data = data;
	}

	/** Reads every chunk of a small test array. */
	static ArrayContents read(final ChunkedArray a) throws IOException {
		final long[] shape = a.shape();
		final int[] full = new int[shape.length];
		for (int d = 0; d < full.length; d++) full[d] = (int) shape[d];
		final Object out = a.dtype().allocate(Chunks.product(full));
		final long[] grid = a.chunkGrid();
		final long[] pos = new long[grid.length];
		final long n = java.util.Arrays.stream(grid).reduce(1, (x, y) -> x * y);
		for (long i = 0; i < n; i++) {
			final Chunk c = a.readChunk(pos);
			final int[] origin = new int[pos.length];
			for (int d = 0; d < pos.length; d++) origin[d] = (int) pos[d] * a.chunkShape()[d];
			Boxes.paste(a.dtype(), c.data(), c.shape(), out, full, origin);
			for (int d = pos.length - 1; d >= 0; d--) {
				if (++pos[d] < grid[d]) break;
				pos[d] = 0;
			}
		}
		return new ArrayContents(a.dtype(), out);
	}

	String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(Chunks.encode(type, data, ByteOrder.LITTLE_ENDIAN)));
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Element {@code i} (primitive {@code i} for complex types) as a double, unsigned types unsigned. */
	double value(final int i) {
		final Object v = Array.get(data, i);
		final boolean unsigned = type.kind() == DType.Kind.UINT || type.kind() == DType.Kind.BOOL;
		if (type == DType.FLOAT16) return Float.float16ToFloat((Short) v);
		if (v instanceof Byte b) return unsigned ? b & 0xff : b;
		if (v instanceof Short s) return unsigned ? s & 0xffff : s;
		if (v instanceof Integer x) return unsigned ? x & 0xffffffffL : x;
		if (v instanceof Long x) return unsigned && x < 0 ? x + 0x1p64 : x;
		return ((Number) v).doubleValue();
	}

	int primitives() {
		return Array.getLength(data);
	}

	double sum() {
		double s = 0;
		for (int i = 0; i < primitives(); i++) s += value(i);
		return s;
	}

	double min() {
		double m = Double.POSITIVE_INFINITY;
		for (int i = 0; i < primitives(); i++) m = Math.min(m, value(i));
		return m;
	}

	double max() {
		double m = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < primitives(); i++) m = Math.max(m, value(i));
		return m;
	}
}
