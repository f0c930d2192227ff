package org.tessera.io.hdf5.filter;

import org.tessera.io.codec.Unshuffle;

/** HDF5's byte shuffle (filter 2): byte {@code j} of every element is stored together, plane by plane. */
final class Shuffle implements Hdf5Filter {

	private final int elementSize;

	Shuffle(final int elementSize) {
		this.elementSize = elementSize;
	}

	@Override
	public byte[] decode(final byte[] in, final int chunkBytes) {
		final int s = elementSize;
		if (s <= 1 || in.length < s) return in;
		final byte[] out = new byte[in.length];
		// NB: like H5Zshuffle.c, trailing bytes that do not fill an element are copied as they are.
		Unshuffle.unshuffle(in, in.length, s, out, 0);
		return out;
	}
}
