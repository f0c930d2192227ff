package org.tessera.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every {@link FormatReader} passes. Subclass it once per format and supply samples
 * of that format (real files or fixtures from an independent writer): found by its stable name,
 * detected from its samples and from no others, metadata consistent with the chunks it reads,
 * edge chunks clipped, unknown arrays refused with a message naming the file.
 */
public abstract class AbstractFormatReaderTest {

	/** The stable name the reader must have. */
	protected abstract String formatName();

	/** Containers of this format; at least one. */
	protected abstract List<Path> samples() throws IOException;

	@TempDir
	Path temp;

	private FormatReader reader() {
		return FormatReaders.byName(formatName());
	}

	@Test
	void isFoundByItsStableName() {
		assertEquals(formatName(), reader().name());
	}

	@Test
	void detectsItsSamples() throws IOException {
		for (final Path p : samples()) {
			assertSame(reader().getClass(), FormatReaders.detect(Location.of(p)).getClass(), p.toString());
		}
	}

	@Test
	void declinesWhatIsNotItsFormat() throws IOException {
		Files.writeString(temp.resolve("attributes.txt"), "{}");
		Files.write(temp.resolve("data.bin"), new byte[] { 1, 2, 3 });
		assertFalse(reader().canOpen(Location.of(temp)));
		assertFalse(reader().canOpen(Location.of(temp.resolve("data.bin"))));
		assertFalse(reader().canOpen(Location.of(temp.resolve("missing"))));
	}

	@Test
	void chunksAgreeWithTheMetadata() throws IOException {
		for (final Path p : samples()) {
			try (Container c = reader().open(Location.of(p))) {
				assertEquals(formatName(), c.format());
				assertFalse(c.arrays().isEmpty(), p + " lists no arrays");
				for (final ArrayInfo info : c.arrays()) {
					if (info.dtype().isNumeric()) checkArray(c.array(info.name()), info);
				}
			}
		}
	}

	private static void checkArray(final ChunkedArray a, final ArrayInfo info) throws IOException {
		assertEquals(info.name(), a.name());
		assertArrayEquals(info.shape(), a.shape());
		assertEquals(info.dtype(), a.dtype());
		assertEquals(a.shape().length, a.chunkShape().length);
		assertEquals(a.shape().length, a.axes().size(), "one axis per dimension");
		if (a.elementCount() == 0) return;
		final long[] last = a.chunkGrid();
		for (int d = 0; d < last.length; d++) last[d]--;
		for (final long[] pos : new long[][] { new long[last.length], last }) {
			final Chunk ch = a.readChunk(pos);
			assertArrayEquals(Chunks.clippedShape(a.shape(), a.chunkShape(), pos), ch.shape(), "clipped chunk shape");
			assertEquals(ch.elementCount() * a.dtype().components(), Array.getLength(ch.data()), "primitives");
		}
	}

	@Test
	void unknownArrayIsRefusedNamingTheContainer() throws IOException {
		final Path p = samples().get(0);
		try (Container c = reader().open(Location.of(p))) {
			final TesseraIOException e = assertThrows(TesseraIOException.NotFound.class,
				() -> c.array("no/such/array"));
			assertTrue(e.getMessage().contains(p.getFileName().toString()) && e.getMessage().contains("no/such/array"),
				e.getMessage());
		}
	}
}
