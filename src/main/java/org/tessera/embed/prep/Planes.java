package org.tessera.embed.prep;

import org.tessera.embed.Plane;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;

import java.io.IOException;
import java.util.List;

/**
 * Makes {@link Plane}s for embedders from lazy arrays without reading the whole array: one 2-D plane
 * (the last two axes, or the two before a trailing RGB axis; leading axes at a chosen index or their
 * middle), optionally a region of it, reduced by an integer factor to a requested size while the
 * chunks covering it are streamed; from the coarsest pyramid level that is still big enough.
 * <p>
 * Sample values keep the array's range (unsigned types unsigned, complex by magnitude); the embedders
 * scale them.
 * </p>
 */
public final class Planes {

	private Planes() {}

	// -- Planes --

	/**
	 * Reads one plane of {@code a} at full resolution, reduced to at most {@code s.maxSize()} pixels
	 * on its longest side.
	 *
	 * @throws IOException when a chunk cannot be read (the message names the file)
	 * @throws IllegalArgumentException for an array of fewer than 2 axes, a bad index or region
	 */
	public static Plane read(final ChunkedArray a, final PlaneSelection s) throws IOException {
		final PlaneLayout l = PlaneLayout.of(a);
		final long[] shape = a.shape();
		final long h = shape[l.yAxis()], w = shape[l.xAxis()];
		final Region r = (s.region() == null ? new Region(0, 0, w, h) : s.region()).clip(w, h);
		final boolean stride = s.sampling() == PlaneSelection.Sampling.STRIDE;
		return new PlaneRead(a, l, l.leadingIndex(a, s.index()), r, s.maxSize(), stride).run();
	}

	/**
	 * Like {@link #read(ChunkedArray, PlaneSelection)}, from the coarsest level of {@code a}'s pyramid
	 * in {@code c} whose region is still at least {@code s.maxSize()} pixels on its longest side (or
	 * {@code a} itself). The index and region stay in {@code a}'s pixels.
	 */
	public static Plane read(final Container c, final ChunkedArray a, final PlaneSelection s) throws IOException {
		final ChunkedArray level = level(c, a, s);
		if (level == a) return read(a, s);
		return read(level, inLevel(a, level, s));
	}

	/** The coarsest level of {@code a}'s pyramid that still holds {@code s.maxSize()} pixels of the region. */
	static ChunkedArray level(final Container c, final ChunkedArray a, final PlaneSelection s) throws IOException {
		final PlaneLayout l = PlaneLayout.of(a);
		final long[] full = a.shape();
		final Region r = s.region() == null ? new Region(0, 0, full[l.xAxis()], full[l.yAxis()]) : s.region();
		for (final Multiscale m : c.multiscales()) {
			final List<String> names = m.levels();
			final int first = names.indexOf(a.name());
			for (int i = names.size() - 1; first >= 0 && i > first; i--) {
				final ChunkedArray cand = c.array(names.get(i));
				if (cand.numDimensions() != full.length) continue;
				final long[] ls = cand.shape();
				final double sx = (double) full[l.xAxis()] / ls[l.xAxis()], sy = (double) full[l.yAxis()] / ls[l.yAxis()];
				if (Math.max(r.width() / sx, r.height() / sy) >= s.maxSize()) return cand;
			}
		}
		return a;
	}

	/** The selection in {@code level}'s pixels: region and leading indices scaled by the shape ratio. */
	private static PlaneSelection inLevel(final ChunkedArray a, final ChunkedArray level, final PlaneSelection s) {
		final PlaneLayout l = PlaneLayout.of(a);
		final long[] full = a.shape(), ls = level.shape();
		final long[] lead = l.leadingIndex(a, s.index());
		for (int d = 0; d < lead.length; d++) lead[d] = Math.min(ls[d] - 1, lead[d] * ls[d] / full[d]);
		final double sx = (double) full[l.xAxis()] / ls[l.xAxis()], sy = (double) full[l.yAxis()] / ls[l.yAxis()];
		final Region r = s.region() == null ? null : s.region().scaled(sx, sy);
		return new PlaneSelection(lead, r, s.maxSize(), s.sampling());
	}

	// -- Tiles --

	/** Receives one tile of a plane. */
	@FunctionalInterface
	public interface TileVisitor {
		void accept(Region region, Plane plane) throws IOException;
	}

	/**
	 * Visits square tiles of {@code tile} pixels every {@code stride} pixels over the plane (row by row;
	 * the last row and column are shifted inward to end at the plane's edge), each reduced to at most
	 * {@code maxSize} pixels, for patch indexing.
	 * <p>
	 * NB: tiles are read one at a time, so chunks shared by neighbouring tiles are read again; memory
	 * stays one tile plus one chunk.
	 * </p>
	 */
	public static void tiles(final ChunkedArray a, final long[] index, final int tile, final int stride,
		final int maxSize, final TileVisitor v) throws IOException
	{
		if (tile < 1 || stride < 1) throw new IllegalArgumentException("tile and stride must be >= 1");
		final PlaneLayout l = PlaneLayout.of(a);
		final long h = a.shape()[l.yAxis()], w = a.shape()[l.xAxis()];
		final PlaneSelection base = new PlaneSelection(index, null, maxSize, PlaneSelection.Sampling.BOX);
		for (final long y : starts(h, tile, stride)) {
			for (final long x : starts(w, tile, stride)) {
				final Region r = new Region(x, y, Math.min(tile, w), Math.min(tile, h));
				v.accept(r, read(a, base.withRegion(r)));
			}
		}
	}

	/** Tile origins along an axis of {@code n} pixels: 0, stride, …, and one ending at the edge. */
	static long[] starts(final long n, final int tile, final int stride) {
		if (n <= tile) return new long[] { 0 };
		final long count = (n - tile + stride - 1) / stride + 1;
		final long[] out = new long[(int) count];
		for (int i = 0; i < count; i++) out[i] = Math.min((long) i * stride, n - tile);
		return out;
	}
}
