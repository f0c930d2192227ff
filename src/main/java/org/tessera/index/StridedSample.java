package org.tessera.index;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;

import java.io.IOException;

/**
 * Every {@code stride}-th pixel of an array's last two axes (leading axes at their middle), read
 * chunk by chunk: a chunk is read only when it holds a sampled pixel.
 *
 * @param width sampled columns
 * @param height sampled rows
 * @param values row-major samples
 */
record StridedSample(int width, int height, double[] values) {

	/** Samples so that the longest side has at most {@code size} pixels. */
	static StridedSample read(final ChunkedArray a, final int size) throws IOException {
		final long[] shape = a.shape();
		final int[] cs = a.chunkShape();
		final int r = shape.length;
		final long h = shape[r - 2], w = shape[r - 1];
		final long stride = Math.max(1, (Math.max(h, w) + size - 1) / size);
		final int oh = (int) ((h + stride - 1) / stride), ow = (int) ((w + stride - 1) / stride);
		final double[] out = new double[oh * ow];
		final long[] pos = new long[r];
		for (int k = 0; k < r - 2; k++) pos[k] = shape[k] / 2 / cs[k];
		for (long cy = 0; cy * cs[r - 2] < h; cy++) {
			if (!holdsSample(cy, cs[r - 2], stride, h)) continue;
			for (long cx = 0; cx * cs[r - 1] < w; cx++) {
				if (!holdsSample(cx, cs[r - 1], stride, w)) continue;
				pos[r - 2] = cy;
				pos[r - 1] = cx;
				copy(a, a.readChunk(pos.clone()), stride, ow, out);
			}
		}
		return new StridedSample(ow, oh, out);
	}

	/** Whether chunk {@code c} (of {@code n} along an axis of {@code len}) holds a multiple of {@code stride}. */
	private static boolean holdsSample(final long c, final int n, final long stride, final long len) {
		final long from = c * n, to = Math.min(len, from + n) - 1;
		return (from + stride - 1) / stride * stride <= to;
	}

	private static void copy(final ChunkedArray a, final Chunk chunk, final long stride, final int ow,
		final double[] out)
	{
		final long[] shape = a.shape();
		final int[] cs = a.chunkShape(), clipped = chunk.shape();
		final int r = shape.length;
		long lead = 0;
		for (int k = 0; k < r - 2; k++) lead = lead * clipped[k] + (shape[k] / 2 - chunk.position()[k] * cs[k]);
		final long y0 = chunk.position()[r - 2] * cs[r - 2], x0 = chunk.position()[r - 1] * cs[r - 1];
		final int ch = clipped[r - 2], cw = clipped[r - 1];
		for (long y = (y0 + stride - 1) / stride * stride; y < y0 + ch; y += stride) {
			for (long x = (x0 + stride - 1) / stride * stride; x < x0 + cw; x += stride) {
				final long i = (lead * ch + (y - y0)) * cw + (x - x0);
				out[(int) (y / stride) * ow + (int) (x / stride)] = value(a.dtype(), chunk.data(), (int) i);
			}
		}
	}

	/** Element {@code i} as a double (unsigned types unsigned, complex by its real part). */
	static double value(final DType t, final Object data, final int i) {
		final int j = i * t.components();
		final boolean u = t.kind() == DType.Kind.UINT;
		return switch (data) {
			case byte[] b -> u ? b[j] & 0xff : b[j];
			case short[] s -> t == DType.FLOAT16 ? DType.halfToFloat(s[j]) : u ? s[j] & 0xffff : s[j];
			case int[] n -> u ? n[j] & 0xffffffffL : n[j];
			case long[] l -> u && l[j] < 0 ? (l[j] >>> 1) * 2.0 + (l[j] & 1) : l[j];
			case float[] f -> f[j];
			case double[] d -> d[j];
			default -> throw new IllegalArgumentException("thumbnail: unsupported chunk data " + data.getClass());
		};
	}
}
