package org.tessera.io.zarr.v3;

import java.nio.ByteOrder;

import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.AbstractZarrArray;

/** Zarr v3's {@code bytes} codec: elements in C order with a fixed byte order. */
public record BytesCodec(DType type, ByteOrder order) implements ArrayBytesCodec {

	@Override
	public Object decode(final byte[] bytes, final int[] shape, final String file) throws TesseraIOException {
		final int count = Chunks.product(shape);
		AbstractZarrArray.checkSize(bytes, (long) count * type.size(), shape, file);
		return Chunks.decode(type, bytes, 0, count, order);
	}

	@Override
	public byte[] encode(final Object data, final int[] shape) {
		return Chunks.encode(type, data, order);
	}

	@Override
	public long encodedSize(final int[] shape) {
		return (long) Chunks.product(shape) * type.size();
	}
}
