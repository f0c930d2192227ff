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
	private final double[] sums;
	private final int[] counts;

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
		sums = new double[l.channels() * oh * ow];
		counts = new int[oh * ow];
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
		final Samples s = Samples.of(a.dtype(), chunk.data());
		for (long yy = Math.max(r.y(), oy); yy < y1; yy++) {
			if (stride && (yy - r.y()) % f != 0) continue;
			final int row = (int) ((yy - r.y()) / f) * ow;
			for (long xx = Math.max(r.x(), ox); xx < x1; xx++) {
				if (stride && (xx - r.x()) % f != 0) continue;
				final int o = row + (int) ((xx - r.x()) / f);
				final long at = base + (yy - oy) * st[y] + (xx - ox) * st[x];
				for (long k = oc; k < cEnd; k++) sums[(int) k * oh * ow + o] += s.at((int) (at + (k - oc) * (c < 0 ? 0 : st[c])));
				if (oc == 0) counts[o]++;
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

	/** NB: a NaN pixel makes its whole box NaN; the embedders' percentile scaling maps NaN to 0. */
	private Plane plane() {
		final float[] out = new float[sums.length];
		for (int i = 0; i < out.length; i++) out[i] = (float) (sums[i] / counts[i % counts.length]);
		return new Plane(ow, oh, l.channels(), out);
	}
}
