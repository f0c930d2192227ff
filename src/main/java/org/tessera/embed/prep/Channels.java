package org.tessera.embed.prep;

import org.tessera.embed.Plane;

/** Matches a plane's channels to a model's: grey is replicated, colour averaged to grey, alpha dropped. */
public final class Channels {

	private Channels() {}

	/**
	 * {@code p} with {@code n} channels: unchanged when it has them; 1 → n by replication; any → 1 by
	 * the mean; 4 → 3 by dropping alpha.
	 *
	 * @throws IllegalArgumentException for other combinations (e.g. 2 → 3)
	 */
	public static Plane to(final Plane p, final int n) {
		if (p.channels() == n) return p;
		final int size = p.width() * p.height();
		final float[] out = new float[n * size];
		if (p.channels() == 1) {
			for (int c = 0; c < n; c++) System.arraycopy(p.data(), 0, out, c * size, size);
		}
		else if (n == 1) {
			for (int c = 0; c < p.channels(); c++) {
				for (int i = 0; i < size; i++) out[i] += p.data()[c * size + i] / p.channels();
			}
		}
		else if (p.channels() == 4 && n == 3) System.arraycopy(p.data(), 0, out, 0, 3 * size);
		else throw new IllegalArgumentException("cannot turn a " + p.channels() + "-channel plane into " + n
			+ " channels");
		return new Plane(p.width(), p.height(), n, out);
	}
}
