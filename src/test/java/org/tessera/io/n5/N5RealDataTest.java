package org.tessera.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;

/** Reads the N5 1.5.0 container written by n5-java (legacy compressionType, clipped edge blocks). */
class N5RealDataTest {

	private static final String FILE = "n5/n5-java_data-1.5.0.n5";

	@Test
	void readsN5Java150AsTruthSays() throws Exception {
		final JsonNode truth = TestData.truth(FILE).get("n5").get("datasets").get("raw");
		try (Container c = FormatReaders.open(TestData.real(FILE))) {
			assertEquals("n5", c.format());
			assertEquals(List.of("raw"), c.arrays().stream().map(ArrayInfo::name).toList());
			assertEquals("1.5.0", c.metadata().get("n5"));
			final ChunkedArray a = c.array("raw");
			assertArrayEquals(new long[] { 5, 7 }, a.shape());
			assertArrayEquals(new int[] { 4, 5 }, a.chunkShape());
			assertEquals(DType.UINT8, a.dtype());
			assertEquals(List.of("y", "x"), a.axes().stream().map(x -> x.name()).toList());
			final byte[] all = (byte[]) N5TestSupport.readAll(a);
			N5TestSupport.assertValues(FILE, a.dtype(), truth.get("values_c_order"), all);
			long sum = 0;
			int min = 255, max = 0;
			for (final byte b : all) {
				sum += b & 0xff;
				min = Math.min(min, b & 0xff);
				max = Math.max(max, b & 0xff);
			}
			assertEquals(24, sum);
			assertEquals(truth.get("sum_int").asLong(), sum);
			assertEquals(0, min);
			assertEquals(3, max);
			final byte[] le = Chunks.encode(a.dtype(), all, ByteOrder.LITTLE_ENDIAN);
			assertEquals(truth.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(le)));
		}
	}
}
