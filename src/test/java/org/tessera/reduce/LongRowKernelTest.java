package org.tessera.reduce;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vectorised 8- and 16-bit row kernels ({@link Direct}) on rows long enough for their SIMD
 * bodies, over the whole value range (uint16 above 32767, negative int16), repeated until the JIT
 * has compiled them: a 4D-STEM-like pass (mean pattern, row sums, disc and annulus) checked
 * against plain per-element sums.
 */
class LongRowKernelTest {

	private static final long[] SHAPE = { 6, 4, 24, 300 };
	private static final int[] CHUNK = { 3, 2, 24, 300 };

	static List<DType> types() {
		return List.of(DType.UINT16, DType.INT16, DType.UINT8, DType.INT8);
	}

	@ParameterizedTest
	@MethodSource("types")
	void fourDStemPassEqualsElementSums(final DType type) throws IOException {
		final MemoryChunkedArray a = new MemoryChunkedArray(type, SHAPE, CHUNK, 17);
		final int ny = (int) SHAPE[2];
		final int nx = (int) SHAPE[3];
		final Mask disc = Masks.disc(ny, nx, 12, 150, 9);
		final Mask ring = Masks.annulus(ny, nx, 12, 150, 20, 140);
		final Expected e = expected(a, disc, ring);
		for (int pass = 0; pass < 12; pass++) {
			final List<ReducedArray> r = Reduction.over(a).sum(0, 1).sum(2, 3).weighted(disc, 2, 3).weighted(ring, 2, 3)
				.sum(3).run(1 + pass % 2, Progress.NONE, () -> false);
			assertArrayEquals(e.pattern, (long[]) r.get(0).data(), type + " pattern, pass " + pass);
			assertArrayEquals(e.image, (long[]) r.get(1).data(), type + " image, pass " + pass);
			assertArrayEquals(e.disc, (double[]) r.get(2).data(), 0, type + " disc, pass " + pass);
			assertArrayEquals(e.ring, (double[]) r.get(3).data(), 0, type + " annulus, pass " + pass);
			assertEquals(e.total, java.util.Arrays.stream((long[]) r.get(4).data()).sum(), type + " row sums, pass " + pass);
		}
	}

	// -- Helper methods --

	/** The sums, element by element. */
	private record Expected(long[] pattern, long[] image, double[] disc, double[] ring, long total) {}

	private static Expected expected(final MemoryChunkedArray a, final Mask disc, final Mask ring) {
		final int scan = (int) (SHAPE[0] * SHAPE[1]);
		final int det = (int) (SHAPE[2] * SHAPE[3]);
		final long[] pattern = new long[det];
		final long[] image = new long[scan];
		final double[] d = new double[scan];
		final double[] g = new double[scan];
		long total = 0;
		for (int s = 0; s < scan; s++) {
			for (int p = 0; p < det; p++) {
				final long v = (Long) a.value(position(s, p), 0);
				pattern[p] += v;
				image[s] += v;
				d[s] += disc.weights()[p] * v;
				g[s] += ring.weights()[p] * v;
				total += v;
			}
		}
		return new Expected(pattern, image, d, g, total);
	}

	private static long[] position(final int scan, final int det) {
		return new long[] { scan / SHAPE[1], scan % SHAPE[1], det / SHAPE[3], det % SHAPE[3] };
	}
}
