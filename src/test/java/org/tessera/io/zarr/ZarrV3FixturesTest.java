package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;

/**
 * Zarr v3 fixtures written by an independent Python writer ({@code zarr/v3/make_v3_fixtures.py}):
 * big-endian bytes, transpose, gzip, zstd, blosc, crc32c, sharding with the index at the start and
 * end, nested sharding, missing chunks, shards and inner chunks, v2 chunk keys, NaN fills.
 */
class ZarrV3FixturesTest {

	static final Path DIR = Path.of("src/test/resources/zarr/v3");

	@ParameterizedTest
	@ValueSource(strings = { "be_gzip", "transpose_zstd", "blosc_crc_hexfill", "shard_start", "shard_nested_end",
		"v2keys_names_nan" })
	void matchesExpected(final String name) throws IOException {
		try (Container c = FormatReaders.open(DIR.resolve(name + ".zarr"))) {
			assertEquals(3, c.metadata().get("zarr_format"));
			final ChunkedArray a = c.array("/");
			assertEquals("make_v3_fixtures.py", a.attributes().get("writer"));
			final byte[] bytes = Files.readAllBytes(DIR.resolve(name + ".expected.bin"));
			final Object want = Chunks.decode(a.dtype(), bytes, 0, (int) a.elementCount(), ByteOrder.LITTLE_ENDIAN);
			ZarrWriterRoundTripTest.assertPrimitivesEqual(want, ArrayContents.read(a).data);
		}
	}

	@Test
	void shardedReadsGoByInnerChunk() throws IOException {
		try (Container c = FormatReaders.open(DIR.resolve("shard_start.zarr"))) {
			final ChunkedArray a = c.array("/");
			assertArrayEquals(new int[] { 2, 2 }, a.chunkShape());
			assertArrayEquals(new long[] { 3, 4 }, a.chunkGrid());
			// NB: inner chunk (0,1) of shard (0,0) is not stored: it reads as the fill value -1.
			assertArrayEquals(new short[] { -1, -1, -1, -1 }, (short[]) a.readChunk(0, 1).data());
			assertArrayEquals(new short[] { -60, -23, -15, 22 }, (short[]) a.readChunk(0, 0).data());
		}
	}

	@Test
	void dimensionNamesBecomeAxes() throws IOException {
		try (Container c = FormatReaders.open(DIR.resolve("v2keys_names_nan.zarr"))) {
			assertEquals(List.of("y", "x"), c.arrays().get(0).axes().stream().map(x -> x.name()).toList());
			final double[] missing = (double[]) c.array("/").readChunk(1, 0).data();
			assertEquals(2, missing.length);
			assertEquals(Double.NaN, missing[0]);
		}
	}
}
