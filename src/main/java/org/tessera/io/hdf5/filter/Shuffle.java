package org.tessera.io.hdf5.filter;

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
		final int n = in.length / s;
		final byte[] out = new byte[in.length];
		for (int j = 0; j < s; j++) {
			final int plane = j * n;
			for (int i = 0; i < n; i++) out[i * s + j] = in[plane + i];
		}
		// NB: like H5Zshuffle.c, trailing bytes that do not fill an element are copied as they are.
		System.arraycopy(in, n * s, out, n * s, in.length - n * s);
		return out;
	}
}
