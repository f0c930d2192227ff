package org.tessera.embed.prep;

import org.tessera.embed.Plane;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;

import java.io.IOException;

/**
 * One streaming read of a plane region at one pyramid level: the chunks covering the region are read
 * one at a time and their pixels summed into {@code f × f} output boxes (or sampled every {@code f}
 * pixels). Memory is the output plane plus one chunk.
 */
final class PlaneRead {

	private final ChunkedArray a;
	private final PlaneLayout l;
	private final long[] lead;
	private final Region r;
	private final int f;
	private final boolean stride;
	private final int ow, oh;
	/** Box sums, or null when {@link #direct} takes the pixels. */
	private final double[] sums;
	/** NB: at factor 1 each output pixel is one input pixel: written as float with no sums. */
	private final float[] direct;

	PlaneRead(final ChunkedArray a, final PlaneLayout l, final long[] lead, final Region r, final int maxSize,
		final boolean stride)
	{
		this.a = a;
		this.l = l;
		this.lead = lead;
		this.r = r;
		this.f = (int) Math.max(1, (r.longSide() + maxSize - 1) / maxSize);
		this.stride = stride;
		ow = (int) ((r.width() + f - 1) / f);
		oh = (int) ((r.height() + f - 1) / f);
		sums = f == 1 ? null : new double[l.channels() * oh * ow];
		direct = f == 1 ? new float[l.channels() * oh * ow] : null;
	}

	// -- Reading --

	/** Reads every chunk that holds a wanted pixel and returns the reduced plane. */
	Plane run() throws IOException {
		final int[] cs = a.chunkShape();
		final long[] pos = new long[cs.length];
		for (int d = 0; d < lead.length; d++) pos[d] = lead[d] / cs[d];
		final int y = l.yAxis(), x = l.xAxis();
		for (long cy = r.y() / cs[y]; cy * cs[y] < r.y() + r.height(); cy++) {
			if (!holdsSample(cy, cs[y], r.y(), r.height())) continue;
			for (long cx = r.x() / cs[x]; cx * cs[x] < r.x() + r.width(); cx++) {
				if (!holdsSample(cx, cs[x], r.x(), r.width())) continue;
				pos[y] = cy;
				pos[x] = cx;
				readColours(pos, cs);
			}
		}
		return plane();
	}

	/** NB: a colour axis may itself be chunked (one chunk per sample): read each chunk along it. */
	private void readColours(final long[] pos, final int[] cs) throws IOException {
		if (l.channelAxis() < 0) {
			add(a.readChunk(pos.clone()));
			return;
		}
		for (long cc = 0; cc * cs[l.channelAxis()] < l.channels(); cc++) {
			pos[l.channelAxis()] = cc;
			add(a.readChunk(pos.clone()));
		}
	}

	/** Whether chunk {@code c} of {@code n} holds a pixel of {@code [from, from + len)} that is sampled. */
	private boolean holdsSample(final long c, final int n, final long from, final long len) {
		if (!stride) return true;
		final long lo = Math.max(from, c * n), hi = Math.min(from + len, c * n + n) - 1;
		return from + (lo - from + f - 1) / f * f <= hi;
	}

	// -- Accumulating --

	/** NB: row by row, with no division per pixel: the per-pixel loops are the read's hot path. */
	private void add(final Chunk chunk) {
		final int[] sh = chunk.shape(), cs = a.chunkShape();
		final long[] p = chunk.position();
		final long[] st = strides(sh);
		long base = 0;
		for (int d = 0; d < lead.length; d++) base += (lead[d] - p[d] * cs[d]) * st[d];
		final int y = l.yAxis(), x = l.xAxis(), c = l.channelAxis();
		final long oy = p[y] * cs[y], ox = p[x] * cs[x], oc = c < 0 ? 0 : p[c] * cs[c];
		final long cEnd = c < 0 ? 1 : Math.min(oc + sh[c], l.channels());
		final long y1 = Math.min(r.y() + r.height(), oy + sh[y]), x1 = Math.min(r.x() + r.width(), ox + sh[x]);
		final long x0 = firstColumn(Math.max(r.x(), ox));
		if (x0 >= x1) return;
		final Samples s = Samples.of(a.dtype(), chunk.data());
		final int n = (int) (x1 - x0), sx = (int) st[x], col = (int) ((x0 - r.x()) / f), phase = (int) ((x0 - r.x()) % f);
		for (long yy = Math.max(r.y(), oy); yy < y1; yy++) {
			if (stride && (yy - r.y()) % f != 0) continue;
			final int row = (int) ((yy - r.y()) / f) * ow + col;
			final long at = base + (yy - oy) * st[y] + (x0 - ox) * st[x];
			for (long k = oc; k < cEnd; k++) {
				addRow(s, (int) (at + (k - oc) * (c < 0 ? 0 : st[c])), sx, n, (int) k * oh * ow + row, phase);
			}
		}
	}

	/** The first column at or after {@code from} that is read (every column, or every f-th when striding). */
	private long firstColumn(final long from) {
		return stride ? r.x() + (from - r.x() + f - 1) / f * f : from;
	}

	/** Adds {@code n} columns of one row starting at sample {@code at} (step {@code sx}) from output {@code o}. */
	private void addRow(final Samples s, final int at, final int sx, final int n, final int o, final int phase) {
		if (direct != null) {
			// NB: + 0f as the double sum did (0.0 + -0.0 is 0.0): the plane is bit for bit the same.
			for (int i = 0, j = at; i < n; i++, j += sx) direct[o + i] = (float) s.at(j) + 0f;
		}
		else if (stride) {
			for (int i = 0, j = at; i < n; i += f, j += f * sx) sums[o + i / f] += s.at(j);
		}
		else {
			for (int i = 0, j = at, q = o, ph = phase; i < n; i++, j += sx) {
				sums[q] += s.at(j);
				if (++ph == f) {
					ph = 0;
					q++;
				}
			}
		}
	}

	private static long[] strides(final int[] shape) {
		final long[] st = new long[shape.length];
		long n = 1;
		for (int d = shape.length - 1; d >= 0; d--) {
			st[d] = n;
			n *= shape[d];
		}
		return st;
	}

	/**
	 * NB: a NaN pixel makes its whole box NaN; the embedders' percentile scaling maps NaN to 0. Each box
	 * averages the pixels of the region inside it (one pixel when striding).
	 */
	private Plane plane() {
		if (direct != null) return new Plane(ow, oh, l.channels(), direct);
		final float[] out = new float[sums.length];
		final int area = oh * ow;
		for (int i = 0; i < out.length; i++) out[i] = (float) (sums[i] / count(i % area));
		return new Plane(ow, oh, l.channels(), out);
	}

	/** Pixels summed into output pixel {@code o}: its box clipped to the region. */
	private int count(final int o) {
		if (stride) return 1;
		final long bw = Math.min(f, r.width() - (long) (o % ow) * f), bh = Math.min(f, r.height() - (long) (o / ow) * f);
		return (int) (bw * bh);
	}
}
