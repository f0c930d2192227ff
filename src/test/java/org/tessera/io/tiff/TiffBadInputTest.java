package org.tessera.io.tiff;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/** Broken TIFFs (made by write_tiffs.py from tifffile output) fail fast with a message naming the file and the cause. */
class TiffBadInputTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void write() throws Exception {
		TiffTestSupport.writeFixtures(dir);
	}

	private static Path bad(final String name) {
		return dir.resolve("bad").resolve(name);
	}

	private static void assertMessage(final TesseraIOException e, final Path file, final String cause) {
		assertTrue(e.getMessage().startsWith(file.toString() + ": ") && e.getMessage().contains(cause), e.getMessage());
	}

	@Test
	void wrongMagicIsNoTiff() {
		assertTrue(!new TiffFormat().canOpen(Location.of(bad("wrong_magic.tif"))));
		final TesseraIOException e = assertThrows(TesseraIOException.NotFound.class,
			() -> new TiffFormat().open(Location.of(bad("wrong_magic.tif"))));
		assertMessage(e, bad("wrong_magic.tif"), "version 41");
	}

	@Test
	void ifdOffsetPastTheEndIsCorrupt() {
		final TesseraIOException e = assertThrows(TesseraIOException.Corrupt.class, () -> FormatReaders.open(bad("past_eof.tif")));
		assertMessage(e, bad("past_eof.tif"), "IFD 0 at offset");
		assertTrue(e.getMessage().contains("lies outside the file"), e.getMessage());
	}

	@Test
	void loopingIfdChainIsRefusedWithoutHanging() {
		final TesseraIOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
			() -> assertThrows(TesseraIOException.Corrupt.class, () -> FormatReaders.open(bad("loop.tif"))));
		assertMessage(e, bad("loop.tif"), "IFD chain loops");
	}

	@Test
	void unsupportedCompressionIsNamedOnRead() throws IOException {
		try (Container c = FormatReaders.open(bad("jpeg.tif"))) {
			// NB: the JPEG page has the layout of its neighbours, so metadata opens; pixels are refused.
			final ChunkedArray a = c.array(c.arrays().get(0).name());
			final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> a.readChunk(1, 0, 0));
			assertMessage(e, bad("jpeg.tif"), "compression 7 (JPEG)");
			a.readChunk(0, 0, 0);
		}
	}

	@Test
	void truncatedStripIsCorruptNamingTheStrip() throws IOException {
		try (Container c = FormatReaders.open(bad("truncated.tif"))) {
			final ChunkedArray a = c.array("image0");
			final TesseraIOException e = assertThrows(TesseraIOException.Corrupt.class, () -> a.readChunk(2, 0, 0));
			assertMessage(e, bad("truncated.tif"), "IFD 2 strip 0");
			a.readChunk(0, 0, 0);
		}
	}

	@Test
	void malformedOmeXmlNamesTheFile() {
		final TesseraIOException e = assertThrows(TesseraIOException.Malformed.class, () -> FormatReaders.open(bad("bad_ome.ome.tif")));
		assertMessage(e, bad("bad_ome.ome.tif"), "malformed OME-XML");
	}
}
