package org.tessera.index;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;

import java.io.IOException;
import java.util.Optional;

/**
 * A 256-pixel (longest side) greyscale PNG of an array's last two axes, from the coarsest level of
 * its pyramid when it has one, by a strided read: only the chunks holding sampled pixels are read,
 * never the whole array. Leading axes are taken at their middle index; values are scaled between
 * the 0.5th and 99.5th percentile of the samples.
 */
public final class Thumbnails {

	/** Longest side of a thumbnail, pixels. */
	public static final int SIZE = 256;

	/** NB: a chunk bigger than this (e.g. an unchunked HDF5 dataset) is not read for a thumbnail. */
	static final long MAX_CHUNK_BYTES = 64L << 20;

	private Thumbnails() {}

	/** The thumbnail PNG, or empty for arrays of fewer than two axes or with chunks too big to sample. */
	public static Optional<byte[]> of(final Container c, final ChunkedArray array) throws IOException {
		final ChunkedArray a = coarsest(c, array);
		final long[] shape = a.shape();
		final int r = shape.length;
		if (r < 2 || !a.dtype().isNumeric() || shape[r - 1] == 0 || shape[r - 2] == 0) return Optional.empty();
		long chunkElements = 1;
		for (final int n : a.chunkShape()) chunkElements *= n;
		if (chunkElements * a.dtype().size() > MAX_CHUNK_BYTES) return Optional.empty();
		final StridedSample s = StridedSample.read(a, SIZE);
		return Optional.of(Png.grey(s.width(), s.height(), scale(s.values())));
	}

	/** The last level of the multiscale that holds {@code a}, else {@code a}. */
	static ChunkedArray coarsest(final Container c, final ChunkedArray a) throws IOException {
		for (final Multiscale m : c.multiscales()) {
			final int i = m.levels().indexOf(a.name());
			if (i >= 0 && i < m.levels().size() - 1) return c.array(m.levels().get(m.levels().size() - 1));
		}
		return a;
	}

	/** Percentile scaling to 0..255; NaN → 0. */
	static byte[] scale(final double[] v) {
		final double[] sorted = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
		final byte[] out = new byte[v.length];
		if (sorted.length == 0) return out;
		final double lo = sorted[(int) (0.005 * (sorted.length - 1))];
		final double hi = sorted[(int) Math.ceil(0.995 * (sorted.length - 1))];
		final double k = hi > lo ? 255 / (hi - lo) : 0;
		for (int i = 0; i < v.length; i++) {
			final double x = Double.isFinite(v[i]) ? (v[i] - lo) * k : 0;
			out[i] = (byte) Math.max(0, Math.min(255, Math.round(x)));
		}
		return out;
	}
}
