package org.tessera.embed.prep;

import org.junit.jupiter.api.Test;
import org.tessera.embed.Plane;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast preprocessing paths give the same floats, bit for bit, as the plain ones they replace:
 * ranks as a full sort finds them, box sums in pixel order, grey planes written into every channel.
 */
class PreprocessingExactnessTest {

	// -- Ranks --

	@Test
	void ranksAreThoseOfAFullSort() {
		final Random r = new Random(3);
		for (int trial = 0; trial < 40; trial++) {
			final int n = 1 + r.nextInt(3000);
			final float[] v = new float[n];
			for (int i = 0; i < n; i++) v[i] = sample(r, trial);
			final float[] sorted = Arrays.copyOf(v, n);
			Arrays.sort(sorted);
			final int lo = r.nextInt(n), hi = r.nextInt(n);
			final float[] got = RankSelect.select(v, n, lo, hi, 0, n - 1);
			assertEquals(Float.floatToRawIntBits(sorted[lo]), Float.floatToRawIntBits(got[0]), "rank " + lo);
			assertEquals(Float.floatToRawIntBits(sorted[hi]), Float.floatToRawIntBits(got[1]), "rank " + hi);
			assertEquals(sorted[0], got[2]);
			assertEquals(sorted[n - 1], got[3]);
		}
	}

	/** Wide, narrow, signed-zero and tied samples, by trial. */
	private static float sample(final Random r, final int trial) {
		return switch (trial % 4) {
			case 0 -> (float) (r.nextGaussian() * 1e4);
			case 1 -> 20000 + r.nextInt(8);
			case 2 -> r.nextBoolean() ? -0f : 0f;
			default -> (float) Math.exp(r.nextGaussian() * 20) * (r.nextBoolean() ? 1 : -1);
		};
	}

	@Test
	void percentilesOfReplicatedCopiesEqualThoseOfTheCopies() {
		final float[] grey = randomPlane(7, 301 * 233).data();
		final float[] three = new float[3 * grey.length];
		for (int c = 0; c < 3; c++) System.arraycopy(grey, 0, three, c * grey.length, grey.length);
		assertArrayEquals(Percentiles.range(three, 0, three.length, 0.5, 99.5),
			Percentiles.range(grey, 0, grey.length, 3, 0.5, 99.5));
	}

	// -- Box reduction --

	@Test
	void boxReductionSumsInPixelOrder() {
		final Plane p = randomPlane(5, 103 * 67);
		final Plane q = new Plane(103, 67, 1, p.data());
		for (final int k : new int[] { 2, 3, 4 }) {
			final int w = q.width() / k, h = q.height() / k;
			final float[] ref = new float[w * h];
			final float inv = 1f / (k * k);
			for (int y = 0; y < h * k; y++) {
				for (int x = 0; x < w * k; x++) ref[y / k * w + x / k] += q.data()[y * q.width() + x] * inv;
			}
			assertArrayEquals(ref, Resampling.boxReduce(q, k).data(), "factor " + k);
		}
	}

	// -- Whole transform --

	@Test
	void greyIntoColourEqualsReplicateThenNormalise() {
		final Plane p = new Plane(517, 333, 1, randomPlane(11, 517 * 333).data());
		p.data()[17] = Float.NaN;
		p.data()[18] = Float.POSITIVE_INFINITY;
		for (final Normalization n : new Normalization[] { Normalization.IMAGENET, Normalization.DEFAULT,
			new Normalization(Double.NaN, 0, false, new float[] { 0.2f }, new float[] { 3 }) })
		{
			final InputTransform t = new InputTransform(224, 224, 3, n);
			final float[] fast = new float[t.planeSize() + 4], plain = new float[t.planeSize() + 4];
			t.write(p, fast, 4);
			final Plane fit = Channels.to(Resampling.resize(p, 224, 224), 3);
			System.arraycopy(fit.data(), 0, plain, 4, t.planeSize());
			n.apply(plain, 4, 3, 224 * 224);
			assertArrayEquals(plain, fast);
		}
	}

	private static Plane randomPlane(final long seed, final int n) {
		final Random r = new Random(seed);
		final float[] d = new float[n];
		for (int i = 0; i < n; i++) d[i] = (float) (20000 + 5000 * r.nextGaussian());
		return new Plane(n, 1, 1, d);
	}
}
