package org.tessera.io;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A {@link ChunkedArray} that forwards everything to another one; subclasses override what they
 * change (typically {@link #readChunk}, to count, guard or cancel reads).
 */
public abstract class ForwardingChunkedArray implements ChunkedArray {

	protected final ChunkedArray delegate;

	protected ForwardingChunkedArray(final ChunkedArray delegate) {
		this.delegate = delegate;
	}

	@Override
	public String name() {
		return delegate.name();
	}

	@Override
	public Location location() {
		return delegate.location();
	}

	@Override
	public long[] shape() {
		return delegate.shape();
	}

	@Override
	public int[] chunkShape() {
		return delegate.chunkShape();
	}

	@Override
	public DType dtype() {
		return delegate.dtype();
	}

	@Override
	public List<Axis> axes() {
		return delegate.axes();
	}

	@Override
	public Map<String, Object> attributes() {
		return delegate.attributes();
	}

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		return delegate.readChunk(position);
	}
}
