package org.tessera.embed.prep;

/**
 * Which 2-D plane of an array to read, which part of it, and how small: the request behind
 * {@link Planes#read}.
 *
 * @param index the index along each leading (non-spatial, non-RGB) axis, C order; null for the middle
 *        of every leading axis
 * @param region the part of the plane in full-resolution pixels; null for the whole plane
 * @param maxSize the longest side of the result, pixels (≥ 1); larger planes are reduced by an integer
 *        factor
 * @param sampling how pixels are reduced
 */
public record PlaneSelection(long[] index, Region region, int maxSize, Sampling sampling) {

	/** How a plane is reduced by an integer factor {@code f}. */
	public enum Sampling {
		/** Average of each {@code f × f} box (reads every chunk of the region). */
		BOX,
		/** Every {@code f}-th pixel (reads only the chunks that hold one; aliases fine texture). */
		STRIDE
	}

	/** Default longest side: 512 pixels. */
	public static final int DEFAULT_SIZE = 512;

	public PlaneSelection {
		if (maxSize < 1) throw new IllegalArgumentException("maxSize must be >= 1 (got " + maxSize + ")");
		index = index == null ? null : index.clone();
	}

	/** The middle plane, whole, box-averaged to at most {@code maxSize} pixels. */
	public static PlaneSelection whole(final int maxSize) {
		return new PlaneSelection(null, null, maxSize, Sampling.BOX);
	}

	/** The same selection for another region. */
	public PlaneSelection withRegion(final Region r) {
		return new PlaneSelection(index, r, maxSize, sampling);
	}

	/** The same selection at other leading indices. */
	public PlaneSelection withIndex(final long... i) {
		return new PlaneSelection(i, region, maxSize, sampling);
	}
}
