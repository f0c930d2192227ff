package org.tessera.io.n5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.reflect.Array;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;

/** Helpers for the N5 tests: the checked-in fixtures, whole-array assembly, element comparison. */
final class N5TestSupport {

	private N5TestSupport() {}

	/** A fixture under {@code src/test/resources/n5}. */
	static Path fixture(final String relative) {
		try {
			return Path.of(N5TestSupport.class.getResource("/n5/" + relative).toURI());
		}
		catch (final URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code expected.json}, written by {@code make_fixtures.py}. */
	static JsonNode expected() throws IOException {
		return new ObjectMapper().readTree(fixture("expected.json").toFile());
	}

	/** Reads a (tiny) array chunk by chunk into one C-order primitive array. */
	static Object readAll(final ChunkedArray a) throws IOException {
		final long[] shape = a.shape();
		final int n = shape.length;
		final Object out = a.dtype().allocate((int) a.elementCount());
		final long[] grid = a.chunkGrid();
		final long[] pos = new long[n];
		for (long k = 0; k < product(grid); k++) {
			place(a.readChunk(pos.clone()), a.chunkShape(), shape, out);
			for (int d = n - 1; d >= 0; d--) {
				if (++pos[d] < grid[d]) break;
				pos[d] = 0;
			}
		}
		return out;
	}

	private static long product(final long[] a) {
		long p = 1;
		for (final long v : a) p *= v;
		return p;
	}

	private static void place(final Chunk c, final int[] chunk, final long[] shape, final Object out) {
		final int n = shape.length;
		final int[] idx = new int[n];
		final int count = (int) c.elementCount();
		assertEquals(count, Array.getLength(c.data()), "chunk " + java.util.Arrays.toString(c.position()) + " element count");
		for (int i = 0; i < count; i++) {
			long dst = 0;
			for (int d = 0; d < n; d++) dst = dst * shape[d] + c.position()[d] * chunk[d] + idx[d];
			Array.set(out, (int) dst, Array.get(c.data(), i));
			for (int d = n - 1; d >= 0; d--) {
				if (++idx[d] < c.shape()[d]) break;
				idx[d] = 0;
			}
		}
	}

	/** Asserts that every element equals the expected JSON numbers (unsigned types compared as such). */
	static void assertValues(final String what, final DType t, final JsonNode expected, final Object data) {
		assertEquals(expected.size(), Array.getLength(data), what + ": element count");
		for (int i = 0; i < expected.size(); i++) {
			final JsonNode e = expected.get(i);
			if (t.kind() == DType.Kind.FLOAT) {
				final double want = t.size() == 4 ? (float) e.asDouble() : e.asDouble();
				assertEquals(want, ((Number) Array.get(data, i)).doubleValue(), 0, what + "[" + i + "]");
			}
			else {
				assertEquals(e.bigIntegerValue().longValue(), asLong(t, Array.get(data, i)), what + "[" + i + "]");
			}
		}
	}

	/** An integer element as a long: unsigned types of 8 to 32 bits are masked; uint64 keeps its bits. */
	static long asLong(final DType t, final Object v) {
		final long x = ((Number) v).longValue();
		if (t.kind() != DType.Kind.UINT || t.size() == 8) return x;
		return x & ((1L << (8 * t.size())) - 1);
	}
}
