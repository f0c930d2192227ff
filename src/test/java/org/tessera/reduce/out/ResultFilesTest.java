package org.tessera.reduce.out;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.DType;
import org.tessera.io.MemoryChunkedArray;
import org.tessera.io.TesseraIOException;
import org.tessera.reduce.ReducedArray;
import org.tessera.reduce.Reduction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** TIFF layout, and the all-or-nothing rule: a failed reduction or write leaves no file. */
class ResultFilesTest {

	@Test
	void tiffHoldsTheSumImageAsUint32(@TempDir final Path dir) throws IOException {
		final MemoryChunkedArray a = new MemoryChunkedArray(DType.UINT8, new long[] { 3, 4, 5 }, new int[] { 2, 3, 2 }, 5);
		final ReducedArray image = Reduction.over(a).sum(2).run().getFirst();
		final Path tif = ResultFiles.write(dir.resolve("image.tif"), List.of(image), Map.of()).getFirst();
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(tif)).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(0x4949, b.getShort(0) & 0xffff);
		assertEquals(42, b.getShort(2));
		final int ifd = b.getInt(4);
		final Map<Integer, Integer> tags = new java.util.HashMap<>();
		for (int i = 0; i < b.getShort(ifd); i++) tags.put(b.getShort(ifd + 2 + 12 * i) & 0xffff, b.getInt(ifd + 2 + 12 * i + 8));
		assertEquals(4, tags.get(256));
		assertEquals(3, tags.get(257));
		assertEquals(32, tags.get(258));
		assertEquals(1, tags.get(339));
		final long[] sums = (long[]) image.data();
		for (int i = 0; i < 12; i++) assertEquals(sums[i], b.getInt(tags.get(273) + 4 * i) & 0xffffffffL);
	}

	@Test
	void aFailingWriteLeavesNoFile(@TempDir final Path dir) throws IOException {
		final MemoryChunkedArray c = new MemoryChunkedArray(DType.COMPLEX64, new long[] { 4, 3 }, new int[] { 2, 2 }, 5);
		final List<ReducedArray> r = Reduction.over(c).sum(0).mean(1).run();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> ResultFiles.write(dir.resolve("r.tif"), r, Map.of()));
		assertEquals("sum_d0: TIFF has no complex type; write .npy or .zarr", e.getMessage());
		try (var files = Files.list(dir)) {
			assertEquals(List.of(), files.toList());
		}
	}

	@Test
	void aFailingChunkStopsBeforeAnythingIsWritten(@TempDir final Path dir) {
		final MemoryChunkedArray a = new MemoryChunkedArray(DType.UINT16, new long[] { 8, 8 }, new int[] { 2, 2 }, 5);
		a.failAt(3, 1);
		final Path target = dir.resolve("sum.npy");
		assertThrows(TesseraIOException.Corrupt.class,
			() -> ResultFiles.write(target, Reduction.over(a).sum(0).run(), Map.of()));
		assertEquals(false, Files.exists(target));
	}
}
