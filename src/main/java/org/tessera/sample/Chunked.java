package org.tessera.sample;

import java.io.IOException;

/** Static iteration over the chunk grid of an array, in C order. */
final class Chunked {

	/** Receives one chunk grid position. */
	interface ChunkAction {
		void accept(long[] position) throws IOException;
	}

	private Chunked() {}

	static void forEach(final long[] shape, final int[] chunks, final ChunkAction action) throws IOException {
		final int n = shape.length;
		final long[] grid = new long[n];
		for (int d = 0; d < n; d++) grid[d] = (shape[d] + chunks[d] - 1) / chunks[d];
		final long[] pos = new long[n];
		while (true) {
			action.accept(pos.clone());
			int d = n - 1;
			for (; d >= 0; d--) {
				if (++pos[d] < grid[d]) break;
				pos[d] = 0;
			}
			if (d < 0) return;
		}
	}
}
