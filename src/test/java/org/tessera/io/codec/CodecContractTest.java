package org.tessera.io.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every registered {@link Codec} passes: round trips of compressible, random and empty
 * data with and without the decoded size, and a clear {@link IOException} (never a crash, hang or
 * silent garbage) for truncated and corrupted input.
 */
class CodecContractTest {

	static Stream<String> ids() {
		return Codecs.ids().stream();
	}

	private static Codec codec(final String id) throws Codecs.UnknownCodecException {
		final Map<String, Object> config = id.equals("blosc") ? Map.of("cname", "zstd", "clevel", 3, "shuffle", 2,
			"typesize", 2) : Map.of();
		return Codecs.create(id, config);
	}

	static byte[] sample(final int n, final boolean compressible) {
		final byte[] b = new byte[n];
		final Random r = new Random(n);
		if (!compressible) r.nextBytes(b);
		else for (int i = 0; i < n; i++) b[i] = (byte) (i / 7 % 13 + (r.nextInt(8) == 0 ? 1 : 0));
		return b;
	}

	@ParameterizedTest
	@MethodSource("ids")
	void roundTrips(final String id) throws Exception {
		final Codec c = codec(id);
		for (final int n : new int[] { 0, 1, 1000, 200_000 }) {
			for (final boolean compressible : new boolean[] { true, false }) {
				final byte[] in = sample(n, compressible);
				final byte[] enc = c.encode(in);
				assertArrayEquals(in, c.decode(enc, n), id + " with size, n=" + n);
				assertArrayEquals(in, c.decode(enc, -1), id + " without size, n=" + n);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("ids")
	void truncatedInputFailsWithAMessage(final String id) throws Exception {
		final Codec c = codec(id);
		final byte[] in = sample(100_000, true);
		final byte[] enc = c.encode(in);
		final byte[] cut = Arrays.copyOf(enc, enc.length / 2);
		final IOException e = assertThrows(IOException.class, () -> c.decode(cut, in.length), id);
		assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), id);
	}

	@ParameterizedTest
	@MethodSource("ids")
	void corruptInputNeverReturnsWrongData(final String id) throws Exception {
		final Codec c = codec(id);
		final byte[] in = sample(50_000, true);
		final byte[] enc = c.encode(in);
		for (int k = 0; k < 20; k++) {
			final byte[] bad = enc.clone();
			final Random r = new Random(k);
			for (int j = 0; j < 8; j++) bad[r.nextInt(bad.length)] ^= (byte) (1 + r.nextInt(255));
			try {
				final byte[] out = c.decode(bad, in.length);
				// NB: codecs without checksums may decode corrupt bytes; they must still honour the size.
				assertEquals(in.length, out.length, id);
			}
			catch (final IOException expected) {
				assertTrue(expected.getMessage() != null, id);
			}
		}
	}

	@Test
	void crc32cDetectsEveryFlippedByte() throws Exception {
		final Codec c = Codecs.create("crc32c", Map.of());
		final byte[] enc = c.encode(sample(64, true));
		for (int i = 0; i < enc.length; i++) {
			final byte[] bad = enc.clone();
			bad[i] ^= 0x10;
			assertTrue(assertThrows(IOException.class, () -> c.decode(bad, -1)).getMessage().contains("crc32c"));
		}
	}

	@Test
	void unknownIdIsNamed() {
		final Codecs.UnknownCodecException e = assertThrows(Codecs.UnknownCodecException.class,
			() -> Codecs.create("snappy-nonexistent", Map.of()));
		assertEquals("snappy-nonexistent", e.id());
		assertTrue(e.getMessage().contains("'snappy-nonexistent'") && e.getMessage().contains("zstd"), e.getMessage());
	}
}
