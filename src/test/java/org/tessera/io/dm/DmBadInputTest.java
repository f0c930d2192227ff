package org.tessera.io.dm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * Broken DM files fail fast with typed errors naming the file and the cause: cut copies of real
 * files, a wrong version, bogus counts and a pixel block past the end of the file. Nothing hangs or
 * allocates what the file cannot hold.
 */
class DmBadInputTest {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(ints = { 14, 40, 300, 5000, 60000, 200000, 339000 })
	void aCutDm4FailsNamingTheFile(final int length) throws IOException {
		assertCutFails("dm/EELS_SI.dm4", length);
	}

	@ParameterizedTest
	@ValueSource(ints = { 12, 33, 900, 20000, 96000 })
	void aCutDm3FailsNamingTheFile(final int length) throws IOException {
		assertCutFails("dm/test_STEM_image.dm3", length);
	}

	@Test
	void aWrongVersionIsUnsupportedAndNotDetected() throws IOException {
		final byte[] b = Files.readAllBytes(TestData.real("dm/test_STEM_image.dm3"));
		b[3] = 5;
		final Path p = temp.resolve("v5.dm3");
		Files.write(p, b);
		assertFalse(new DmFormat().canOpen(Location.of(p)));
		final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> new DmFormat().open(Location.of(p)));
		assertMessage(e, p, "DM version 5");
	}

	@Test
	void pixelDataPastTheEndIsCorrupt() throws IOException {
		final DmBytes b = new DmBytes(3, ByteOrder.LITTLE_ENDIAN, 1);
		DmSyntheticTest.image(b, 10, new long[] { 1000, 1000 }, DmBytes.UINT16, 1_000_000, b.data(16).position(16));
		final Path p = write(b, "past-eof.dm3");
		assertMessage(assertThrows(TesseraIOException.Corrupt.class, () -> new DmFormat().open(Location.of(p))), p, "'Data'");
	}

	@Test
	void dimensionsLargerThanTheDataAreMalformed() throws IOException {
		final DmBytes b = new DmBytes(4, ByteOrder.BIG_ENDIAN, 1);
		DmSyntheticTest.image(b, 10, new long[] { 4, 4 }, DmBytes.UINT16, 8, b.data(16).position(16));
		final Path p = write(b, "small-data.dm4");
		assertMessage(assertThrows(TesseraIOException.Malformed.class, () -> new DmFormat().open(Location.of(p))), p, "need 32");
	}

	@Test
	void aHugeTagCountIsCorruptWithoutAllocating() throws IOException {
		final DmBytes b = new DmBytes(4, ByteOrder.LITTLE_ENDIAN, 1);
		b.group("Huge", Integer.MAX_VALUE);
		final Path p = write(b, "huge-count.dm4");
		assertMessage(assertThrows(TesseraIOException.Corrupt.class, () -> new DmFormat().open(Location.of(p))), p, "tag count of group 'Huge'");
	}

	@Test
	void anUnknownTypeEncodingIsCorrupt() throws IOException {
		final DmBytes b = new DmBytes(3, ByteOrder.LITTLE_ENDIAN, 1);
		b.data("Odd", new long[] { 99 }, b.data(4));
		final Path p = write(b, "odd-type.dm3");
		assertMessage(assertThrows(TesseraIOException.Corrupt.class, () -> new DmFormat().open(Location.of(p))), p, "tag 'Odd'");
	}

	// -- Helper methods --

	/** The cut copy fails to open, or (cut in the trailing bytes) fails when its pixels are read. */
	private void assertCutFails(final String file, final int length) throws IOException {
		final byte[] all = Files.readAllBytes(TestData.real(file));
		assertTrue(length < all.length, "cut inside the file");
		final Path p = temp.resolve("cut-" + length + "-" + Path.of(file).getFileName());
		Files.write(p, Arrays.copyOf(all, length));
		final TesseraIOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
			() -> assertThrows(TesseraIOException.class, () -> openAndReadAll(p)));
		assertTrue(e instanceof TesseraIOException.Corrupt || e instanceof TesseraIOException.Malformed, e.toString());
		assertMessage(e, p, "");
	}

	private static void openAndReadAll(final Path p) throws IOException {
		try (Container c = new DmFormat().open(Location.of(p))) {
			for (final ArrayInfo info : c.arrays()) {
				final ChunkedArray a = c.array(info.name());
				a.readChunk(new long[a.numDimensions()]);
			}
		}
	}

	private static void assertMessage(final TesseraIOException e, final Path p, final String cause) {
		assertTrue(e.getMessage().startsWith(p.toString()) && e.getMessage().contains(cause), e.getMessage());
	}

	private Path write(final DmBytes b, final String name) throws IOException {
		final Path p = temp.resolve(name);
		Files.write(p, b.bytes());
		return p;
	}

}
