package org.tessera.sample;

/** A pattern sampled every {@code factor} pixels along the two fastest axes: a pyramid level. */
final class Downsampled {

	private Downsampled() {}

	static Pattern of(final Pattern p, final int factor) {
		if (factor == 1) return p;
		return pos -> {
			final long[] q = pos.clone();
			q[q.length - 1] *= factor;
			q[q.length - 2] *= factor;
			return p.value(q);
		};
	}
}
