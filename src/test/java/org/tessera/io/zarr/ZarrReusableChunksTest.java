package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.ReusableChunks;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;

/**
 * Zarr chunks decoded into a former chunk's array ({@link ReusableChunks}, the buffered read path):
 * the same elements as a fresh read, into the spare exactly when it fits, and the same errors.
 */
class ZarrReusableChunksTest {

	private static final long[] SHAPE = { 5, 7, 6 };
	private static final int[] CHUNKS = { 2, 3, 6 };

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "v2-raw", "v2-blosc-lz4", "v2-zstd-be", "v3-bytes", "v3-zstd", "v3-gzip" })
	void spareChunksHoldTheSameElements(final String layout) throws IOException {
		final Object whole = ZarrWriterRoundTripTest.random(DType.UINT16, Chunks.product(new int[] { 5, 7, 6 }), new Random(7));
		write(layout, whole);
		try (Container c = FormatReaders.open(dir.resolve("r.zarr"))) {
			final ReusableChunks a = (ReusableChunks) c.array("a");
			for (long z = 0; z < 3; z++) for (long y = 0; y < 3; y++) {
				final Chunk fresh = a.readChunk(new long[] { z, y, 0 });
				final short[] spare = new short[Chunks.product(CHUNKS)];
				Arrays.fill(spare, (short) 12345);
				final Chunk reused = a.readChunk(spare, z, y, 0);
				assertArrayEquals((short[]) fresh.data(), (short[]) reused.data(), layout + " chunk " + z + "," + y);
				// NB: edge chunks are cropped into a new array; gzip is no BufferCodec, so it decodes as before.
				if (Arrays.equals(fresh.shape(), CHUNKS) && !layout.equals("v3-gzip")) assertSame(spare, reused.data());
				else assertNotSame(spare, reused.data());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "v2-zstd-be", "v3-zstd" })
	void sparesOfTheWrongTypeOrSizeAreNotUsed(final String layout) throws IOException {
		final Object whole = ZarrWriterRoundTripTest.random(DType.UINT16, Chunks.product(new int[] { 5, 7, 6 }), new Random(8));
		write(layout, whole);
		try (Container c = FormatReaders.open(dir.resolve("r.zarr"))) {
			final ReusableChunks a = (ReusableChunks) c.array("a");
			final short[] expected = (short[]) a.readChunk(new long[] { 0, 0, 0 }).data();
			for (final Object spare : List.of(new int[36], new short[35], new byte[72])) {
				final Chunk chunk = a.readChunk(spare, 0, 0, 0);
				assertNotSame(spare, chunk.data());
				assertArrayEquals(expected, (short[]) chunk.data());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "v2-zstd-be", "v2-blosc-lz4", "v3-zstd" })
	void missingChunksReadAsTheFillValueAndCorruptOnesNameTheFile(final String layout) throws IOException {
		write(layout, ZarrWriterRoundTripTest.random(DType.UINT16, Chunks.product(new int[] { 5, 7, 6 }), new Random(9)));
		final Path chunk = chunkFile(layout, "0", "1", "0");
		Files.delete(chunk);
		final Path bad = chunkFile(layout, "1", "0", "0");
		Files.write(bad, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 });
		try (Container c = FormatReaders.open(dir.resolve("r.zarr"))) {
			final ReusableChunks a = (ReusableChunks) c.array("a");
			final short[] spare = new short[36];
			assertArrayEquals(new short[36], (short[]) a.readChunk(spare, 0, 1, 0).data());
			final String codec = layout.contains("blosc") ? "blosc" : "zstd";
			ZarrBadInputTest.assertFails(TesseraIOException.Corrupt.class, () -> a.readChunk(spare, 1, 0, 0), bad.toString(),
				codec + " cannot decode chunk");
		}
	}

	// -- Helper methods --

	private void write(final String layout, final Object whole) throws IOException {
		final ZarrArraySpec s = new ZarrArraySpec(SHAPE, CHUNKS, DType.UINT16);
		if (layout.endsWith("-be")) s.optOrder(ByteOrder.BIG_ENDIAN);
		switch (layout) {
			case "v2-blosc-lz4" -> s.optCompressor(Map.of("id", "blosc", "cname", "lz4", "clevel", 5, "shuffle", 1));
			case "v2-zstd-be" -> s.optCompressor(Map.of("id", "zstd", "level", 3));
			case "v3-zstd" -> s.optCodecs(List.of(Map.of("name", "bytes", "configuration", Map.of("endian", "little")),
				Map.of("name", "zstd", "configuration", Map.of("level", 3))));
			case "v3-gzip" -> s.optCodecs(List.of(Map.of("name", "bytes", "configuration", Map.of("endian", "little")),
				Map.of("name", "gzip", "configuration", Map.of("level", 5))));
			default -> { }
		}
		final ZarrWriter w = new ZarrWriter(dir.resolve("r.zarr"), layout.startsWith("v2") ? 2 : 3);
		w.createGroup("", Map.of());
		final org.tessera.io.zarr.write.ZarrArrayWriter aw = w.createArray("a", s);
		for (long z = 0; z < 3; z++) for (long y = 0; y < 3; y++) {
			final long[] pos = { z, y, 0 };
			final int[] clipped = Chunks.clippedShape(SHAPE, CHUNKS, pos);
			aw.writeChunk(pos, Boxes.extract(DType.UINT16, whole, new int[] { 5, 7, 6 },
				new int[] { (int) z * 2, (int) y * 3, 0 }, clipped));
		}
	}

	private Path chunkFile(final String layout, final String... pos) {
		final Path a = dir.resolve("r.zarr").resolve("a");
		return layout.startsWith("v2") ? a.resolve(String.join(".", pos)) : a.resolve("c").resolve(String.join("/", pos));
	}
}
