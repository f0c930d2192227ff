package org.tessera.io.tiff;

import java.util.List;
import java.util.Map;

/**
 * One OME {@code Image} with what is needed to map its planes onto IFDs and calibrate its axes.
 *
 * @param sizes SizeX, SizeY, SizeZ, SizeC, SizeT
 * @param physical PhysicalSizeX, Y, Z (NaN when absent) and TimeIncrement (NaN when absent)
 * @param units the units of X, Y, Z and T, already normalised ({@code "micrometer"}, {@code "second"})
 * @param channels one map per Channel (id, name, color, samples_per_pixel when given)
 * @param tiffData the TiffData elements, in document order
 * @param attributes the image's description for {@code ChunkedArray.attributes()}
 */
record OmeImage(String id, String name, String dimensionOrder, int[] sizes, double[] physical, String[] units,
	List<Map<String, Object>> channels, List<TiffData> tiffData, Map<String, Object> attributes)
{

	/**
	 * One TiffData element.
	 *
	 * @param ifd the first IFD (0 when absent)
	 * @param planeCount how many planes, or -1 when absent
	 * @param fileName the UUID element's FileName, or null when the planes are in this file
	 */
	record TiffData(int ifd, boolean hasIfd, int firstZ, int firstC, int firstT, int planeCount, String fileName) {}

	int sizeZ() {
		return sizes[2];
	}

	int sizeC() {
		return sizes[3];
	}

	int sizeT() {
		return sizes[4];
	}

	/**
	 * The plane index of (z, c, t) in the image's DimensionOrder, where the first letter after
	 * {@code XY} varies fastest.
	 */
	int planeIndex(final int z, final int c, final int t, final int channelPlanes) {
		int index = 0;
		for (int i = dimensionOrder.length() - 1; i >= 2; i--) {
			switch (dimensionOrder.charAt(i)) {
				case 'Z' -> index = index * sizeZ() + z;
				case 'C' -> index = index * channelPlanes + c;
				default -> index = index * sizeT() + t;
			}
		}
		return index;
	}
}
