package org.tessera.index;

import org.tessera.embed.Plane;
import org.tessera.embed.prep.PlaneSelection;
import org.tessera.embed.prep.Planes;
import org.tessera.embed.prep.Region;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Multiscale;

import java.io.IOException;

/**
 * Which planes the catalogue's vectors are made from, defined once for indexing and for queries (the
 * classical descriptor is tied to pixel scale, so both must reduce alike). All reads go through the
 * embed package's {@link Planes}: streamed chunk by chunk, box-averaged, from a pyramid level when
 * one is coarse enough.
 */
public final class VectorPlanes {

	/** The whole-array plane: the middle plane, box-averaged to at most 512 pixels. */
	public static final PlaneSelection OVERVIEW = PlaneSelection.whole(PlaneSelection.DEFAULT_SIZE);

	/** Longest side of the plane patches are cut from: larger planes are reduced by an integer factor. */
	public static final int MAX_SIDE = 2048;

	/**
	 * A pyramid level patches are cut from.
	 *
	 * @param array the level's array
	 * @param level its index (0 for arrays without a pyramid)
	 * @param scale level-0 pixels per level pixel
	 */
	public record Level(ChunkedArray array, int level, double scale) {

		/**
		 * Visits the level's tiles of {@code patchSize} reduced pixels with stride {@code patchSize / 2}
		 * (regions in the level's pixels).
		 */
		public void tiles(final int patchSize, final Planes.TileVisitor v) throws IOException {
			final int tile = patchSize * factor(array);
			Planes.tiles(array, null, tile, Math.max(1, tile / 2), patchSize, v);
		}
	}

	private VectorPlanes() {}

	/** The plane a whole array is embedded from ({@link #OVERVIEW}). */
	public static Plane overview(final Container c, final ChunkedArray a) throws IOException {
		return Planes.read(c, a, OVERVIEW);
	}

	/** A region (full-resolution pixels) of {@code a}'s plane, reduced like the plane patches are cut from. */
	public static Plane region(final Container c, final ChunkedArray a, final Region r) throws IOException {
		final int f = factor(a);
		return Planes.read(c, a, new PlaneSelection(null, r, (int) Math.max(1, (r.longSide() + f - 1) / f),
			PlaneSelection.Sampling.BOX));
	}

	/** Pyramid level {@code level} of {@code a} (the coarsest when there are fewer; {@code a} without a pyramid). */
	public static Level level(final Container c, final ChunkedArray a, final int level) throws IOException {
		for (final Multiscale m : c.multiscales()) {
			if (m.levels().indexOf(a.name()) != 0) continue;
			final int used = Math.min(level, m.levels().size() - 1);
			final ChunkedArray l = c.array(m.levels().get(used));
			return new Level(l, used, (double) Planes.size(a)[0] / Planes.size(l)[0]);
		}
		return new Level(a, 0, 1);
	}

	/** The integer factor that brings {@code a}'s plane to at most {@link #MAX_SIDE} pixels. */
	static int factor(final ChunkedArray a) {
		final long[] s = Planes.size(a);
		return (int) Math.max(1, (Math.max(s[0], s[1]) + MAX_SIDE - 1) / MAX_SIDE);
	}
}
