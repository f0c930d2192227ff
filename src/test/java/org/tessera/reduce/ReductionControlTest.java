package org.tessera.reduce;

import org.junit.jupiter.api.Test;
import org.tessera.io.Axis;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Masks, axis names, calibration, progress, cancellation and failures of {@link Reduction}. */
class ReductionControlTest {

	private static MemoryChunkedArray stem() {
		return stem(new int[] { 2, 4, 16, 16 });
	}

	private static MemoryChunkedArray stem(final int[] chunks) {
		final List<Axis> axes = List.of(new Axis("sy", "space", "nm", 0.5, 1), new Axis("sx", "space", "nm", 0.5, 2),
			new Axis("ky", "", "1/nm", 0.1, -1.6), new Axis("kx", "", "1/nm", 0.1, -1.6));
		return new MemoryChunkedArray("/data", DType.UINT16, new long[] { 5, 6, 16, 16 }, chunks, axes, 7);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "2,4,16,16", "2,4,5,7", "3,1,16,3" })
	void virtualDetectorsAndMeanPatternInOnePass(final String chunks) throws IOException {
		final MemoryChunkedArray a = stem(java.util.Arrays.stream(chunks.split(",")).mapToInt(Integer::parseInt).toArray());
		final Mask bf = Masks.disc(16, 16, 8, 8, 3);
		final Mask adf = Masks.annulus(16, 16, 8, 8, 5, 7);
		final List<ReducedArray> r = Reduction.over(a).weighted(bf, 2, 3).as("bf").weighted(adf, 2, 3).as("adf")
			.mean(0, 1).as("pattern").run(2, Progress.NONE, () -> false);
		final ReferenceReduction bfRef = new ReferenceReduction(a, Op.WEIGHTED, new int[] { 2, 3 }, bf.weights());
		final ReferenceReduction adfRef = new ReferenceReduction(a, Op.WEIGHTED, new int[] { 2, 3 }, adf.weights());
		final ReferenceReduction mean = new ReferenceReduction(a, Op.MEAN, new int[] { 0, 1 }, null);
		assertArrayEquals(bfRef.values, (double[]) r.get(0).data(), 1e-6);
		assertArrayEquals(adfRef.values, (double[]) r.get(1).data(), 1e-6);
		assertArrayEquals(mean.values, (double[]) r.get(2).data(), 1e-9);
		assertEquals(List.of("bf", "adf", "pattern"), r.stream().map(ReducedArray::name).toList());
		assertEquals(List.of("sy", "sx"), r.get(0).axes().stream().map(Axis::name).toList());
		assertEquals(0.1, r.get(2).axes().get(0).scale());
		assertEquals("1/nm", r.get(2).axes().get(1).unit());
		assertEquals(1, a.totalReads() / (int) ReducePass.chunkCount(a));
	}

	@Test
	void masksHaveTheRightSupport() {
		assertEquals(29, Masks.disc(16, 16, 8, 8, 3).support());
		assertEquals(1, Masks.disc(5, 5, 2, 2, 0).support());
		final Mask ring = Masks.annulus(64, 64, 32, 32, 10, 20);
		for (int y = 0; y < 64; y++) {
			for (int x = 0; x < 64; x++) {
				final double d = Math.hypot(y - 32, x - 32);
				assertEquals(d >= 10 && d <= 20 ? 1.0 : 0.0, ring.weights()[y * 64 + x]);
			}
		}
		assertThrows(IllegalArgumentException.class, () -> Masks.annulus(4, 4, 2, 2, 3, 1));
	}

	@Test
	void axesByNameIndexOrNegativeIndex() {
		final MemoryChunkedArray a = stem();
		assertArrayEquals(new int[] { 2, 3 }, Axes.parse(a, "kx,ky"));
		assertArrayEquals(new int[] { 0, 3 }, Axes.parse(a, "-1, 0"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Axes.parse(a, "E"));
		assertEquals(a.location() + " [/data]: no axis named 'E' (axes: sy, sx, ky, kx)", e.getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Axes.parse(a, "0,sy")).getMessage()
			.contains("axis 0 is repeated"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Reduction.over(a).weighted(Masks.disc(8, 8, 4, 4,
			2), 2, 3)).getMessage().contains("the mask's shape [8, 8] differs from the weighted axes' extents [16, 16]"));
	}

	@Test
	void progressCountsEveryChunk() throws IOException {
		final MemoryChunkedArray a = stem();
		final AtomicLong last = new AtomicLong();
		final AtomicInteger calls = new AtomicInteger();
		Reduction.over(a).sum(0).run(3, (done, total) -> {
			calls.incrementAndGet();
			last.accumulateAndGet(done, Math::max);
			assertEquals(6, total);
		}, () -> false);
		assertEquals(6, calls.get());
		assertEquals(6, last.get());
	}

	@Test
	void cancellationStopsBetweenChunks() {
		final MemoryChunkedArray a = stem();
		final AtomicInteger seen = new AtomicInteger();
		final CancellationException e = assertThrows(CancellationException.class,
			() -> Reduction.over(a).sum(0).run(1, (d, t) -> seen.incrementAndGet(), () -> seen.get() >= 2));
		assertEquals(a.location() + " [/data]: reduction cancelled after 2 of 6 chunks", e.getMessage());
		assertEquals(2, a.totalReads());
	}

	@Test
	void aFailingChunkFailsTheReductionWithItsMessage() {
		final MemoryChunkedArray a = stem();
		a.failAt(1, 0, 0, 0);
		final TesseraIOException.Corrupt e = assertThrows(TesseraIOException.Corrupt.class,
			() -> Reduction.over(a).sum(2, 3).mean(0, 1).run(2, Progress.NONE, () -> false));
		assertTrue(e.getMessage().contains("1.0.0.0") && e.getMessage().contains("injected failure"), e.getMessage());
	}

	@Test
	void int64SumsAreExactAndOverflowIsReported() throws IOException {
		final MemoryChunkedArray a = new MemoryChunkedArray(DType.INT64, new long[] { 1, 9 }, new int[] { 1, 4 }, 3);
		final long[] one = (long[]) Reduction.over(a).sum(0).run().getFirst().data();
		for (int i = 0; i < 9; i++) assertEquals(a.raw(i, 0), one[i]);
		final MemoryChunkedArray u = new MemoryChunkedArray(DType.UINT64, new long[] { 64 }, new int[] { 5 }, 3);
		final ArithmeticException e = assertThrows(ArithmeticException.class, () -> Reduction.over(u).sum(0).run());
		assertEquals(u.location() + " [/]: sum_d0: the sum at element 0 overflows uint64 (use --mean, or reduce "
			+ "fewer elements)", e.getMessage());
	}

	@Test
	void maxOfComplexIsRefused() {
		final MemoryChunkedArray a = new MemoryChunkedArray(DType.COMPLEX64, new long[] { 4 }, new int[] { 2 }, 3);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Reduction.over(a).max(0)).getMessage()
			.contains("max is not defined for complex64"));
	}
}
