package org.tessera.embed.djl;

import java.util.Arrays;

/**
 * A dense float tensor in C order, as handed to and returned by a model's raw inference.
 *
 * @param data the elements, C order
 * @param shape the dimensions, e.g. {@code [N, C, H, W]}
 */
public record RawTensor(float[] data, long[] shape) {

	public RawTensor {
		long n = 1;
		for (final long s : shape) n *= s;
		if (n != data.length) throw new IllegalArgumentException(
			"tensor of shape " + Arrays.toString(shape) + " needs " + n + " elements, got " + data.length);
		shape = shape.clone();
	}
}
