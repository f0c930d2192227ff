package org.tessera.reduce;

import java.util.Arrays;

/**
 * A weight for every position of some axes of an array, C order: the detector of a 4D-STEM virtual
 * image (see {@link Masks}), or any other weighting for {@link Reduction#weighted}.
 *
 * @param shape the extent of each weighted axis, C order
 * @param weights one weight per position, C order, {@code product(shape)} long
 */
public record Mask(int[] shape, double[] weights) {

	public Mask {
		long n = 1;
		for (final int s : shape) {
			if (s < 0) throw new IllegalArgumentException("negative mask extent in " + Arrays.toString(shape));
			n *= s;
		}
		if (n != weights.length) {
			throw new IllegalArgumentException("a mask of shape " + Arrays.toString(shape) + " needs " + n
				+ " weights, not " + weights.length);
		}
	}

	/** The number of positions with a non-zero weight. */
	public long support() {
		return Arrays.stream(weights).filter(w -> w != 0).count();
	}

	/** The sum of the weights. */
	public double total() {
		return Arrays.stream(weights).sum();
	}
}
