package org.tessera.io;

import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrArrayWriter;
import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a generated {@link MemoryChunkedArray} as an uncompressed Zarr v2 array with named axes. */
public final class MemoryZarr {

	private MemoryZarr() {}

	/** Writes {@code a} as the root array of {@code root}, chunk by chunk. */
	public static Path write(final MemoryChunkedArray a, final Path root, final List<String> axisNames)
		throws IOException
	{
		final ZarrArrayWriter w = new ZarrWriter(root, 2).createArray("", new ZarrArraySpec(a.shape(), a.chunkShape(),
			a.dtype()).optDimensionNames(axisNames));
		final long[] grid = a.chunkGrid();
		long n = 1;
		for (final long g : grid) n *= g;
		for (long i = 0; i < n; i++) {
			final long[] pos = new long[grid.length];
			long rest = i;
			for (int d = grid.length - 1; d >= 0; d--) {
				pos[d] = rest % grid[d];
				rest /= grid[d];
			}
			w.writeChunk(pos, a.readChunk(pos).data());
		}
		return root;
	}
}
