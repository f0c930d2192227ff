package org.tessera.io.hdf5;

import org.junit.jupiter.api.Test;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Chunk;
import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.io.ReusableChunks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decoding into a former chunk's array (what streaming reductions do) gives the same elements as a
 * fresh read, for deflate, shuffle, lzf and unfiltered chunked datasets and contiguous ones.
 */
class Hdf5ChunkReuseTest {

	@Test
	void spareArraysDecodeTheSameElements() throws IOException {
		int reused = 0;
		for (final String file : new String[] { "hdf5/test_compressed_chunked_datasets_latest.hdf5", "hdf5/sparc-hyperspectral.h5" }) {
			final Path path = TestData.real(file);
			try (Container c = new Hdf5Format().open(Location.of(path))) {
				for (final ArrayInfo info : c.arrays()) {
					if (!info.dtype().isNumeric()) continue;
					reused += check((ReusableChunks) c.array(info.name()));
				}
			}
		}
		assertTrue(reused > 0, "some full chunks decoded into a spare array");
	}

	/** Reads every chunk fresh and into the previous chunk's array; returns how many reused it. */
	private static int check(final ReusableChunks a) throws IOException {
		final long[] grid = a.chunkGrid();
		if (a.elementCount() == 0) return 0;
		Object spare = null;
		int reused = 0;
		for (long i = 0, n = Arrays.stream(grid).reduce(1, (x, y) -> x * y); i < n; i++) {
			final long[] p = position(i, grid);
			final Chunk fresh = a.readChunk(p);
			final Chunk into = a.readChunk(spare, p);
			assertTrue(Objects.deepEquals(fresh.data(), into.data()), a.name() + " chunk " + Arrays.toString(p));
			if (into.data() == spare) reused++;
			spare = into.data();
		}
		return reused;
	}

	private static long[] position(long index, final long[] grid) {
		final long[] pos = new long[grid.length];
		for (int d = grid.length - 1; d >= 0; d--) {
			pos[d] = index % grid[d];
			index /= grid[d];
		}
		return pos;
	}
}
