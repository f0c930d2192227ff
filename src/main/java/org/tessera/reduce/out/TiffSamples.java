package org.tessera.reduce.out;

import org.tessera.reduce.ReducedArray;

import java.nio.ByteBuffer;

/**
 * How a result's values are stored in a TIFF: uint32 (integers that all fit), float64 (other
 * integers) or float32 (floats), with the TIFF SampleFormat code.
 */
record TiffSamples(ReducedArray r, int bytes, int format) {

	static TiffSamples of(final ReducedArray r) {
		if (r.dtype().isInteger()) {
			final boolean fits = java.util.Arrays.stream((long[]) r.data()).allMatch(v -> v >= 0 && v <= 0xffffffffL);
			return fits ? new TiffSamples(r, 4, 1) : new TiffSamples(r, 8, 3);
		}
		return new TiffSamples(r, 4, 3);
	}

	/** Puts {@code n} values from element {@code from} on. */
	void put(final ByteBuffer b, final int from, final int n) {
		for (int i = from; i < from + n; i++) {
			if (bytes == 4 && format == 1) b.putInt((int) ((long[]) r.data())[i]);
			else if (bytes == 4) b.putFloat((float) r.doubleAt(i));
			else b.putDouble(r.doubleAt(i));
		}
	}
}
