package org.tessera.sample.wallpaper;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rendered images carry their group's symmetry: a clean rendering rotated by 2π/n about the lattice
 * origin (the image centre) or mirrored ({@code x → -x}) correlates almost perfectly with itself when the
 * group has that operation there, and poorly (on average over seeds; p1 on every seed) when it has not.
 */
class SymmetryImageTest {

	private static final int SIZE = 128;
	private static final int SEEDS = 6;
	private static final double HIGH = 0.97;
	private static final double LOW = 0.5;

	/**
	 * NB: these pairs lack the operation but look as if they had it when the pattern is dominated by its
	 * first Fourier shell (the shell's amplitudes are forced equal by the other operations: a p4 pattern
	 * blurred to its first shell is p4m; pmg's mirrors at x = ¼ make x → -x a half-cell shift there), so
	 * only "present" is asserted for them.
	 */
	private static final Set<WallpaperGroup> PSEUDO_MIRROR = EnumSet.of(WallpaperGroup.PG, WallpaperGroup.PMG, WallpaperGroup.PGG,
		WallpaperGroup.P4, WallpaperGroup.P4G);

	@Test
	void rotationsAboutTheOriginMatchTheGroupsRotationOrder() {
		for (final WallpaperGroup g : WallpaperGroup.values())
			for (final int n : new int[] { 2, 3, 4, 6 })
				if (g != WallpaperGroup.P31M || n == 3)
					check(g, g.rotationOrder() % n == 0, "rotated by 2π/" + n, img -> rotated(img, 2 * Math.PI / n));
	}

	@Test
	void mirrorsThroughTheOriginAppearOnlyWhereTheGroupHasThem() {
		for (final WallpaperGroup g : EnumSet.range(WallpaperGroup.P1, WallpaperGroup.P4G))
			if (!PSEUDO_MIRROR.contains(g)) check(g, g.mirrorThroughOrigin(), "mirrored", SymmetryImageTest::mirrored);
	}

	@Test
	void renderingIsDeterministicPerSeed() {
		for (final SyntheticClass c : SyntheticClass.all()) {
			assertArrayEquals(SyntheticImages.render(c, 11, 64), SyntheticImages.render(c, 11, 64), c.name());
			assertFalse(Arrays.equals(SyntheticImages.render(c, 11, 64), SyntheticImages.render(c, 12, 64)),
				c.name() + " differs between seeds");
		}
	}

	// -- Helper methods --

	/** Present: every seed correlates above HIGH; absent: the mean is below LOW (p1: every seed). */
	private static void check(final WallpaperGroup g, final boolean present, final String what,
		final UnaryOperator<float[]> op)
	{
		final double[] r = new double[SEEDS];
		for (int s = 0; s < SEEDS; s++) {
			final float[] img = smoothClean(g, s + 1);
			r[s] = correlation(img, op.apply(img));
		}
		final String msg = g.symbol() + " " + what + ": r = " + Arrays.toString(r);
		if (present) assertTrue(Arrays.stream(r).min().orElseThrow() > HIGH, msg);
		else if (g == WallpaperGroup.P1) assertTrue(Arrays.stream(r).max().orElseThrow() < LOW, msg);
		else assertTrue(Arrays.stream(r).average().orElseThrow() < LOW, msg);
	}

	/** NB: blurred (which commutes with rotations and mirrors) so that bilinear rotation is accurate. */
	private static float[] smoothClean(final WallpaperGroup g, final long seed) {
		final float[] img = SyntheticImages.clean(g, seed, SIZE);
		Filters.blur(img, SIZE, 1.2);
		return img;
	}

	/** Pearson correlation over the central disc (radius 0.4 × size), where rotated pixels stay inside. */
	static double correlation(final float[] a, final float[] b) {
		double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
		int n = 0;
		final double c = (SIZE - 1) / 2.0, r2 = Math.pow(0.4 * SIZE, 2);
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				if ((x - c) * (x - c) + (y - c) * (y - c) > r2) continue;
				final double u = a[y * SIZE + x], v = b[y * SIZE + x];
				sa += u; sb += v; saa += u * u; sbb += v * v; sab += u * v; n++;
			}
		final double cov = sab - sa * sb / n;
		return cov / Math.sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
	}

	/** The image rotated by {@code t} about its centre, bilinear. */
	static float[] rotated(final float[] img, final double t) {
		final float[] out = new float[img.length];
		final double c = (SIZE - 1) / 2.0, cs = Math.cos(t), sn = Math.sin(t);
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) {
				final double sx = c + cs * (x - c) + sn * (y - c), sy = c - sn * (x - c) + cs * (y - c);
				out[y * SIZE + x] = bilinear(img, sx, sy);
			}
		return out;
	}

	private static float[] mirrored(final float[] img) {
		final float[] out = new float[img.length];
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++) out[y * SIZE + x] = img[y * SIZE + SIZE - 1 - x];
		return out;
	}

	private static float bilinear(final float[] img, final double x, final double y) {
		final int x0 = Math.clamp((int) Math.floor(x), 0, SIZE - 2), y0 = Math.clamp((int) Math.floor(y), 0, SIZE - 2);
		final double fx = x - x0, fy = y - y0;
		return (float) ((1 - fy) * ((1 - fx) * img[y0 * SIZE + x0] + fx * img[y0 * SIZE + x0 + 1])
			+ fy * ((1 - fx) * img[(y0 + 1) * SIZE + x0] + fx * img[(y0 + 1) * SIZE + x0 + 1]));
	}
}
