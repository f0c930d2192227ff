package org.tessera.embed;

import java.util.Random;

/** Generated test images (grey planes) and the transforms the invariance tests apply to them. */
public final class Textures {

	private Textures() {}

	// -- Textures --

	/** Sinusoidal stripes of a period (pixels) and angle (radians), values 100..300. */
	public static Plane stripes(final int w, final int h, final double period, final double angle) {
		final float[] d = new float[w * h];
		final double kx = Math.cos(angle) * 2 * Math.PI / period, ky = Math.sin(angle) * 2 * Math.PI / period;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) d[y * w + x] = (float) (200 + 100 * Math.sin(kx * x + ky * y));
		}
		return new Plane(w, h, 1, d);
	}

	/** A hexagonal lattice of Gaussian dots with a spacing (pixels). */
	public static Plane dots(final int w, final int h, final double spacing) {
		final float[] d = new float[w * h];
		final double rowH = spacing * Math.sqrt(3) / 2, s2 = 2 * Math.pow(spacing / 6, 2);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				final long row = Math.round(y / rowH);
				final double shift = (row & 1) * spacing / 2;
				final double cx = Math.round((x - shift) / spacing) * spacing + shift, cy = row * rowH;
				d[y * w + x] = (float) (50 + 1000 * Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / s2));
			}
		}
		return new Plane(w, h, 1, d);
	}

	/** Smooth random blobs: uniform noise box-blurred three times with a radius (pixels). */
	public static Plane blobs(final int w, final int h, final int radius, final long seed) {
		Plane p = noise(w, h, seed);
		for (int i = 0; i < 3; i++) p = blur(p, radius);
		return p;
	}

	/** Uniform noise in 0..1. */
	public static Plane noise(final int w, final int h, final long seed) {
		final Random r = new Random(seed);
		final float[] d = new float[w * h];
		for (int i = 0; i < d.length; i++) d[i] = r.nextFloat();
		return new Plane(w, h, 1, d);
	}

	// -- Transforms --

	/** Rotated by 90° counter-clockwise. */
	public static Plane rot90(final Plane p) {
		final int w = p.width(), h = p.height();
		final float[] d = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) d[(w - 1 - x) * h + y] = p.data()[y * w + x];
		}
		return new Plane(h, w, 1, d);
	}

	/** Mirrored left to right. */
	public static Plane flip(final Plane p) {
		final int w = p.width(), h = p.height();
		final float[] d = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) d[y * w + w - 1 - x] = p.data()[y * w + x];
		}
		return new Plane(w, h, 1, d);
	}

	/** With Gaussian noise of {@code sigma} times the plane's value range added. */
	public static Plane noisy(final Plane p, final double sigma, final long seed) {
		float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
		for (final float v : p.data()) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		final Random r = new Random(seed);
		final float[] d = p.data().clone();
		for (int i = 0; i < d.length; i++) d[i] += (float) (r.nextGaussian() * sigma * (hi - lo));
		return new Plane(p.width(), p.height(), p.channels(), d);
	}

	/** {@code gain * x + offset}. */
	public static Plane contrast(final Plane p, final float gain, final float offset) {
		final float[] d = p.data().clone();
		for (int i = 0; i < d.length; i++) d[i] = gain * d[i] + offset;
		return new Plane(p.width(), p.height(), p.channels(), d);
	}

	/** The central part without {@code margin} pixels on every side. */
	public static Plane crop(final Plane p, final int margin) {
		final int w = p.width() - 2 * margin, h = p.height() - 2 * margin;
		final float[] d = new float[w * h];
		for (int y = 0; y < h; y++) System.arraycopy(p.data(), (y + margin) * p.width() + margin, d, y * w, w);
		return new Plane(w, h, 1, d);
	}

	/** An RGB plane whose channels are {@code p} scaled by 1, 0.8 and 0.6. */
	public static Plane rgb(final Plane p) {
		final int n = p.width() * p.height();
		final float[] d = new float[3 * n];
		for (int c = 0; c < 3; c++) {
			for (int i = 0; i < n; i++) d[c * n + i] = p.data()[i] * (1 - 0.2f * c);
		}
		return new Plane(p.width(), p.height(), 3, d);
	}

	private static Plane blur(final Plane p, final int r) {
		final int w = p.width(), h = p.height();
		final float[] a = p.data(), b = new float[w * h], c = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				float s = 0;
				for (int k = -r; k <= r; k++) s += a[y * w + Math.floorMod(x + k, w)];
				b[y * w + x] = s / (2 * r + 1);
			}
		}
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				float s = 0;
				for (int k = -r; k <= r; k++) s += b[Math.floorMod(y + k, h) * w + x];
				c[y * w + x] = s / (2 * r + 1);
			}
		}
		return new Plane(w, h, 1, c);
	}

	/** The dot product of two vectors (their cosine when both are unit length). */
	public static double cosine(final float[] a, final float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) s += a[i] * b[i];
		return s;
	}
}
