package org.tessera.io.n5;

import java.util.Arrays;
import java.util.Map;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;

/**
 * The attributes that make a group an N5 dataset: {@code dimensions}, {@code blockSize} (both N5
 * order, fastest axis first) and {@code dataType}; also gives their C-order view.
 *
 * @param dimensions the array size, N5 order
 * @param blockSize the nominal block size, N5 order
 * @param dtype the element type; unreadable for {@code "object"} and unknown names
 */
record N5DatasetAttributes(long[] dimensions, int[] blockSize, DType dtype) {

	/** True when the attributes describe a dataset (rather than a group). */
	static boolean isDataset(final Map<String, Object> attrs) {
		return attrs != null && attrs.containsKey("dimensions") && attrs.containsKey("dataType");
	}

	/**
	 * Parses a dataset's attributes.
	 *
	 * @param file the attributes file, for messages
	 * @throws TesseraIOException.Malformed when sizes are missing or inconsistent
	 */
	static N5DatasetAttributes parse(final Map<String, Object> attrs, final String file) throws TesseraIOException {
		final long[] dims = N5Json.longs(attrs, "dimensions", file);
		final long[] block = N5Json.longs(attrs, "blockSize", file);
		if (block.length != dims.length) {
			throw new TesseraIOException.Malformed(file, "blockSize " + Arrays.toString(block) + " and dimensions "
				+ Arrays.toString(dims) + " differ in length");
		}
		final int[] blockSize = new int[block.length];
		for (int d = 0; d < block.length; d++) {
			if (block[d] < 1 || block[d] > Integer.MAX_VALUE) {
				throw new TesseraIOException.Malformed(file, "bad blockSize " + Arrays.toString(block));
			}
			blockSize[d] = (int) block[d];
		}
		return new N5DatasetAttributes(dims, blockSize, dtype(String.valueOf(attrs.get("dataType"))));
	}

	private static DType dtype(final String name) {
		return switch (name) {
			case "uint8", "uint16", "uint32", "uint64", "int8", "int16", "int32", "int64", "float32", "float64" ->
				DType.forName(name);
			default -> DType.unreadable(name, DType.Kind.OTHER, 0);
		};
	}

	/** The shape, C order. */
	long[] shape() {
		return N5Order.reverse(dimensions);
	}

	/** The nominal block shape, C order. */
	int[] chunkShape() {
		return N5Order.reverse(blockSize);
	}
}
