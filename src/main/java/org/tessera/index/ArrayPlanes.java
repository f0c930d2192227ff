package org.tessera.index;

import org.tessera.embed.Plane;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The planes handed to embedders: an array's last two axes (leading axes at their middle), read by a
 * strided sample so that only chunks holding sampled pixels are read, at a chosen pyramid level;
 * crops and tiles of them. NB: interim, until the embed package's preprocessing reads planes itself.
 */
public final class ArrayPlanes {

	/** Longest side of the plane a whole array is embedded from. */
	public static final int OVERVIEW = 512;

	/** Longest side of the plane patches are cut from. */
	public static final int MAX_SIDE = 2048;

	/**
	 * A plane read at a pyramid level.
	 *
	 * @param plane the samples
	 * @param scale level-0 pixels per plane pixel
	 * @param level the pyramid level read (0 for arrays without a pyramid)
	 */
	public record Level(Plane plane, double scale, int level) {}

	private ArrayPlanes() {}

	/** Whether {@code a} has a plane to embed: two or more axes, numeric, chunks small enough to sample. */
	public static boolean embeddable(final ChunkedArray a) {
		final long[] s = a.shape();
		if (s.length < 2 || !a.dtype().isNumeric() || s[s.length - 1] == 0 || s[s.length - 2] == 0) return false;
		long chunk = a.dtype().size();
		for (final int n : a.chunkShape()) chunk *= n;
		return chunk <= Thumbnails.MAX_CHUNK_BYTES;
	}

	/** The whole array's plane, at most {@link #OVERVIEW} pixels on its longest side. */
	public static Plane overview(final ChunkedArray a) throws IOException {
		return plane(StridedSample.read(a, OVERVIEW));
	}

	/** The plane of {@code a} at pyramid level {@code level} (the coarsest when fewer), at most {@code maxSide}. */
	public static Level level(final Container c, final ChunkedArray a, final int level, final int maxSide)
		throws IOException
	{
		ChunkedArray src = a;
		int used = 0;
		for (final Multiscale m : c.multiscales()) {
			if (m.levels().indexOf(a.name()) != 0) continue;
			used = Math.min(level, m.levels().size() - 1);
			src = c.array(m.levels().get(used));
		}
		final Plane p = plane(StridedSample.read(src, maxSide));
		return new Level(p, (double) a.shape()[a.shape().length - 1] / p.width(), used);
	}

	/** The part of {@code p} inside x, y, w, h (clipped to the plane). */
	public static Plane crop(final Plane p, final int x, final int y, final int w, final int h) {
		final int x0 = Math.max(0, x), y0 = Math.max(0, y);
		final int x1 = Math.min(p.width(), x + w), y1 = Math.min(p.height(), y + h);
		if (x1 <= x0 || y1 <= y0) throw new IllegalArgumentException("region " + x + "," + y + "," + w + "," + h
			+ " lies outside the " + p.width() + "x" + p.height() + " image");
		final int cw = x1 - x0, ch = y1 - y0;
		final float[] out = new float[p.channels() * cw * ch];
		for (int c = 0; c < p.channels(); c++) {
			for (int r = 0; r < ch; r++) System.arraycopy(p.data(), (c * p.height() + y0 + r) * p.width() + x0, out,
				(c * ch + r) * cw, cw);
		}
		return new Plane(cw, ch, p.channels(), out);
	}

	/** Tile origins {x, y} of {@code size} with stride {@code size / 2} (one tile when the plane is smaller). */
	public static List<int[]> tiles(final int width, final int height, final int size) {
		final List<int[]> out = new ArrayList<>();
		final int step = Math.max(1, size / 2);
		for (int y = 0; y == 0 || y + size <= height; y += step) {
			for (int x = 0; x == 0 || x + size <= width; x += step) out.add(new int[] { x, y });
		}
		return out;
	}

	private static Plane plane(final StridedSample s) {
		final float[] f = new float[s.values().length];
		for (int i = 0; i < f.length; i++) f[i] = (float) s.values()[i];
		return new Plane(s.width(), s.height(), 1, f);
	}
}
