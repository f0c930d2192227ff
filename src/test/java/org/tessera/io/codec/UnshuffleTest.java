package org.tessera.io.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class UnshuffleTest {

	/** Byte k of element i at k * n + i, the bytes past the last whole element as they are. */
	private static byte[] definition(final byte[] in, final int bsize, final int typesize, final int at) {
		final int n = bsize / typesize;
		final byte[] want = new byte[at + bsize];
		for (int i = 0; i < n; i++) for (int k = 0; k < typesize; k++) want[at + i * typesize + k] = in[k * n + i];
		System.arraycopy(in, n * typesize, want, at + n * typesize, bsize - n * typesize);
		return want;
	}

	@Test
	void byteLoopEqualsTheDefinitionForEverySizeAndOffset() {
		final SplittableRandom r = new SplittableRandom(11);
		for (final int typesize : new int[] { 2, 3, 4, 8 }) {
			for (int bsize = 0; bsize < 150; bsize++) {
				final byte[] in = new byte[bsize];
				r.nextBytes(in);
				final int at = bsize % 5, n = bsize / typesize;
				final byte[] got = new byte[at + bsize];
				Unshuffle.bytes(in, n, typesize, got, at);
				System.arraycopy(in, n * typesize, got, at + n * typesize, bsize - n * typesize);
				assertArrayEquals(definition(in, bsize, typesize, at), got, "typesize " + typesize + " bsize " + bsize);
			}
		}
	}

	@Test
	void vectorKernelsEqualTheDefinitionIncludingTheirTails() {
		final SplittableRandom r = new SplittableRandom(12);
		for (final int typesize : new int[] { 2, 4 }) {
			for (final int n : new int[] { 0, 1, 15, 16, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 4099 }) {
				final byte[] in = new byte[n * typesize];
				r.nextBytes(in);
				final int at = n % 3;
				final byte[] got = new byte[at + in.length];
				VectorUnshuffle.run(typesize, in, n, got, at);
				assertArrayEquals(definition(in, in.length, typesize, at), got, "typesize " + typesize + " n " + n);
			}
		}
	}

	@Test
	void warmsUpItsSimdKernelsAndThenStillUnshufflesEveryTypeSize() throws InterruptedException {
		// NB: the tests run with jdk.incubator.vector (pom.xml); the first call starts the warm-up thread.
		final long until = System.nanoTime() + 30_000_000_000L;
		while (!Unshuffle.simd() && System.nanoTime() < until) Thread.sleep(20);
		assertTrue(Unshuffle.simd(), "the SIMD unshuffle was not enabled within 30 s");
		final SplittableRandom r = new SplittableRandom(13);
		for (final int typesize : new int[] { 1, 2, 3, 4, 8, 16 }) {
			for (final int bsize : new int[] { 0, 7, 511, 512, 513, 8190, 65_536, 65_539 }) {
				final byte[] in = new byte[bsize];
				r.nextBytes(in);
				final int at = bsize % 11;
				final byte[] got = new byte[at + bsize];
				Unshuffle.unshuffle(in, bsize, typesize, got, at);
				assertArrayEquals(definition(in, bsize, typesize, at), got, "typesize " + typesize + " bsize " + bsize);
			}
		}
	}
}
