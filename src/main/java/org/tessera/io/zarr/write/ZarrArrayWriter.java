package org.tessera.io.zarr.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.zarr.Boxes;

/**
 * Writes chunks of one Zarr array. A chunk is given clipped to the array bounds (as readers return
 * it) and stored padded to the full chunk shape with the fill value.
 */
public abstract class ZarrArrayWriter {

	protected final Path dir;
	protected final ZarrArraySpec spec;
	private final Object fill;

	protected ZarrArrayWriter(final Path dir, final ZarrArraySpec spec, final Object fill) {
		this.dir = dir;
		this.spec = spec;
		this.fill = fill;
	}

	/** The stored bytes of a full-size C-order chunk. */
	protected abstract byte[] encode(Object full) throws IOException;

	/** The chunk's key relative to the array directory. */
	protected abstract String chunkKey(long[] position);

	/**
	 * Writes the chunk at {@code position}.
	 *
	 * @param data C-order primitives of the clipped chunk shape
	 */
	public void writeChunk(final long[] position, final Object data) throws IOException {
		final DType t = spec.dtype;
		final int[] clipped = Chunks.clippedShape(spec.shape, spec.chunks, position);
		if (java.lang.reflect.Array.getLength(data) != Chunks.product(clipped) * t.components()) {
			throw new IllegalArgumentException("chunk " + java.util.Arrays.toString(position) + " needs "
				+ Chunks.product(clipped) + " elements of shape " + java.util.Arrays.toString(clipped));
		}
		Object full = data;
		if (!java.util.Arrays.equals(clipped, spec.chunks)) {
			full = Chunks.filled(t, Chunks.product(spec.chunks), fill);
			Boxes.paste(t, data, clipped, full, spec.chunks, new int[clipped.length]);
		}
		final Path p = dir.resolve(chunkKey(position));
		Files.createDirectories(p.getParent());
		Files.write(p, encode(full));
	}
}
