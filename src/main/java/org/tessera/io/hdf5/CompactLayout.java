package org.tessera.io.hdf5;

import java.nio.ByteBuffer;
import java.util.Optional;

/** A compact dataset: its few bytes live in the object header and were read with the metadata. */
final class CompactLayout implements Hdf5Layout {

	private final byte[] bytes;
	private final int[] shape;

	CompactLayout(final byte[] bytes, final int[] shape) {
		this.bytes = bytes;
		this.shape = shape;
	}

	@Override
	public int[] chunkShape() {
		return shape;
	}

	@Override
	public boolean fullChunks() {
		return false;
	}

	@Override
	public Optional<ByteBuffer> read(final long[] position, final int[] clipped) {
		return Optional.of(ByteBuffer.wrap(bytes));
	}
}
