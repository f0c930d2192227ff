package org.tessera.search;

import org.tessera.embed.Plane;
import org.tessera.io.DType;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/** Synthetic test images (textures of a few classes, planted squares) and derived copies, written as Zarr v2. */
public final class TestImages {

	/** Texture classes. */
	static final int CLASSES = 4;

	private TestImages() {}

	/** Writes {@code p} as an uncompressed one-chunk float32 Zarr v2 array; returns {@code dir}. */
	public static Path write(final Path dir, final Plane p) throws IOException {
		final ZarrWriter w = new ZarrWriter(dir, 2);
		w.createArray("", new ZarrArraySpec(new long[] { p.height(), p.width() }, new int[] { p.height(), p.width() },
			DType.FLOAT32).optCompressor(null)).writeChunk(new long[] { 0, 0 }, p.data());
		return dir;
	}

	// -- Textures --

	/** A texture of class {@code cls} (0 stripes, 1 checker, 2 speckle, 3 smooth blobs) with random parameters. */
	public static Plane texture(final int cls, final int w, final int h, final long seed) {
		final Random r = new Random(seed);
		final double f = 0.08 + 0.2 * r.nextDouble(), ph = r.nextDouble() * 6.28, noise = 0.05 + 0.15 * r.nextDouble();
		final float[] v = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) v[y * w + x] = (float) (value(cls, x, y, f, ph) + noise * r.nextGaussian());
		}
		return new Plane(w, h, 1, cls == 3 ? blur(v, w, h, 4) : v);
	}

	private static double value(final int cls, final int x, final int y, final double f, final double ph) {
		return switch (cls) {
			case 0 -> Math.sin(f * (x + 0.3 * y) + ph);
			case 1 -> ((int) (x * f / 2) + (int) (y * f / 2)) % 2 == 0 ? 1 : -1;
			case 2 -> Math.sin(f * 37 * x * y + ph) > 0.9 ? 3 : 0;
			default -> 0;
		};
	}

	/** Gaussian noise with a square of class-1 texture planted at x, y. */
	static Plane planted(final int w, final int h, final int x, final int y, final int size, final long seed) {
		final Random r = new Random(seed);
		final float[] v = new float[w * h];
		for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
		final Plane sq = texture(1, size, size, seed + 1);
		for (int j = 0; j < size; j++) {
			for (int i = 0; i < size; i++) v[(y + j) * w + x + i] = 3 * sq.data()[j * size + i];
		}
		return new Plane(w, h, 1, v);
	}

	// -- Derived copies --

	/** Rotated by 90° clockwise. */
	static Plane rot90(final Plane p) {
		final int w = p.width(), h = p.height();
		final float[] out = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) out[x * h + (h - 1 - y)] = p.data()[y * w + x];
		}
		return new Plane(h, w, 1, out);
	}

	/** The central {@code frac} of each side. */
	static Plane crop(final Plane p, final double frac) {
		final int cw = (int) (p.width() * frac), ch = (int) (p.height() * frac);
		return org.tessera.index.ArrayPlanes.crop(p, (p.width() - cw) / 2, (p.height() - ch) / 2, cw, ch);
	}

	/** Plus Gaussian noise of {@code rel} times the value range. */
	static Plane noisy(final Plane p, final double rel, final long seed) {
		final Random r = new Random(seed);
		float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
		for (final float x : p.data()) {
			lo = Math.min(lo, x);
			hi = Math.max(hi, x);
		}
		final float[] out = p.data().clone();
		for (int i = 0; i < out.length; i++) out[i] += (float) (rel * (hi - lo) * r.nextGaussian());
		return new Plane(p.width(), p.height(), 1, out);
	}

	/** {@code a * x + b}. */
	static Plane contrast(final Plane p, final float a, final float b) {
		final float[] out = p.data().clone();
		for (int i = 0; i < out.length; i++) out[i] = a * out[i] + b;
		return new Plane(p.width(), p.height(), 1, out);
	}

	private static float[] blur(final float[] v, final int w, final int h, final int rad) {
		final float[] out = new float[v.length];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				float s = 0;
				int n = 0;
				for (int j = Math.max(0, y - rad); j <= Math.min(h - 1, y + rad); j++) {
					for (int i = Math.max(0, x - rad); i <= Math.min(w - 1, x + rad); i++, n++) s += v[j * w + i];
				}
				out[y * w + x] = s / n;
			}
		}
		return out;
	}
}
