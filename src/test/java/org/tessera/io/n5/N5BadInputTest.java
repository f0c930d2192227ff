package org.tessera.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/** Broken N5 input fails with the right exception type and a message naming the file and the cause. */
class N5BadInputTest {

	@TempDir
	Path dir;

	private Path root;

	/** A 2-D uint16 dataset, C shape [3, 5], blocks [2, 4]: block "1/1" (N5 order) is clipped to [1, 1]. */
	@BeforeEach
	void writeGoodDataset() throws IOException {
		root = dir.resolve("bad.n5");
		final N5Writer w = new N5Writer(root);
		for (final String type : new String[] { "raw", "gzip" }) {
			w.createDataset(type, new long[] { 3, 5 }, new int[] { 2, 4 }, DType.UINT16, Map.of("type", type));
			w.writeBlock(type, new long[] { 0, 0 }, new short[8]);
			w.writeBlock(type, new long[] { 1, 1 }, new short[] { 7 });
		}
	}

	@Test
	void missingAttributesFile() throws IOException {
		final Path empty = Files.createDirectories(dir.resolve("empty"));
		assertFalse(new N5Format().canOpen(Location.of(empty)));
		fails(TesseraIOException.NotFound.class, () -> open(empty), empty.resolve("attributes.json"), "not an N5 root");
	}

	@Test
	void malformedAttributesFile() throws IOException {
		Files.writeString(root.resolve("raw/attributes.json"), "{\"dimensions\": [5, 3");
		fails(TesseraIOException.Malformed.class, () -> open(root), root.resolve("raw/attributes.json"), "invalid JSON");
		Files.writeString(root.resolve("raw/attributes.json"), "{\"dimensions\": [5, 3], \"dataType\": \"uint16\"}");
		fails(TesseraIOException.Malformed.class, () -> open(root), root.resolve("raw/attributes.json"), "'blockSize' is missing");
	}

	@Test
	void unknownCompressionTypeIsNamed() throws IOException {
		rewriteAttributes("raw", "\"type\":\"raw\"", "\"type\":\"snappy9\"");
		try (Container c = open(root)) {
			fails(TesseraIOException.Unsupported.class, () -> c.array("raw"), root.resolve("raw/attributes.json"), "'snappy9'");
		}
	}

	@Test
	void newerN5VersionIsUnsupported() throws IOException {
		Files.writeString(root.resolve("attributes.json"), "{\"n5\": \"5.0.0\"}");
		fails(TesseraIOException.Unsupported.class, () -> open(root), root.resolve("attributes.json"), "N5 version 5.0.0");
	}

	@Test
	void blockHeaderWithWrongDimensionCount() throws IOException {
		final byte[] b = block("raw", "1/1");
		b[3] = 3;
		Files.write(root.resolve("raw/1/1"), b);
		fails(TesseraIOException.Corrupt.class, () -> read("raw", 1, 1), root.resolve("raw/1/1"), "3 dimensions, dataset has 2");
	}

	@Test
	void blockHeaderWithWrongSize() throws IOException {
		final byte[] b = block("raw", "1/1");
		ByteBuffer.wrap(b).putInt(4, 2);
		Files.write(root.resolve("raw/1/1"), b);
		fails(TesseraIOException.Corrupt.class, () -> read("raw", 1, 1), root.resolve("raw/1/1"), "block size [2, 1] does not match the expected [1, 1]");
	}

	@Test
	void truncatedBlocks() throws IOException {
		final byte[] b = block("raw", "0/0");
		Files.write(root.resolve("raw/0/0"), Arrays.copyOf(b, b.length - 3));
		fails(TesseraIOException.Corrupt.class, () -> read("raw", 0, 0), root.resolve("raw/0/0"), "13 bytes, expected 16");
		Files.write(root.resolve("raw/0/0"), Arrays.copyOf(b, 6));
		fails(TesseraIOException.Corrupt.class, () -> read("raw", 0, 0), root.resolve("raw/0/0"), "truncated block header (6 bytes)");
	}

	@Test
	void corruptGzipBlock() throws IOException {
		final byte[] b = block("gzip", "0/0");
		for (int i = 22; i < b.length - 8; i++) b[i] ^= 0x5a;
		Files.write(root.resolve("gzip/0/0"), b);
		fails(TesseraIOException.Corrupt.class, () -> read("gzip", 0, 0), root.resolve("gzip/0/0"), "cannot decode gzip block");
	}

	@Test
	void varlengthBlockWithWrongCount() throws IOException {
		final byte[] b = block("raw", "1/1");
		final ByteBuffer v = ByteBuffer.allocate(b.length + 4).putShort((short) 1).putShort((short) 2).putInt(1).putInt(1).putInt(3);
		Files.write(root.resolve("raw/1/1"), v.put(b, 12, b.length - 12).array());
		fails(TesseraIOException.Corrupt.class, () -> read("raw", 1, 1), root.resolve("raw/1/1"), "varlength block holds 3 elements, expected 1");
	}

	@Test
	void edgeBlockStoredWholeIsCroppedNotRejected() throws IOException {
		// NB: not bad input: some writers keep edge blocks at the nominal size; only the clipped part counts.
		final ByteBuffer whole = ByteBuffer.allocate(12 + 16).putShort((short) 0).putShort((short) 2).putInt(4).putInt(2);
		for (short v = 1; v <= 8; v++) whole.putShort(v);
		Files.write(root.resolve("raw/1/1"), whole.array());
		try (Container c = open(root)) {
			final var chunk = c.array("raw").readChunk(1, 1);
			assertArrayEquals(new int[] { 1, 1 }, chunk.shape());
			assertArrayEquals(new short[] { 1 }, (short[]) chunk.data());
		}
	}

	@Test
	void datasetThatDoesNotExist() throws IOException {
		try (Container c = open(root)) {
			fails(TesseraIOException.NotFound.class, () -> c.array("nope/s0"), root.resolve("nope/s0"), "no N5 dataset 'nope/s0'");
		}
	}

	// -- Helper methods --

	private static Container open(final Path p) throws IOException {
		return new N5Format().open(Location.of(p));
	}

	private void read(final String dataset, final long... position) throws IOException {
		try (Container c = open(root)) {
			c.array(dataset).readChunk(position);
		}
	}

	private byte[] block(final String dataset, final String key) throws IOException {
		return Files.readAllBytes(root.resolve(dataset).resolve(key));
	}

	private void rewriteAttributes(final String dataset, final String from, final String to) throws IOException {
		final Path f = root.resolve(dataset).resolve("attributes.json");
		final String json = Files.readString(f, StandardCharsets.UTF_8);
		assertTrue(json.contains(from), json);
		Files.writeString(f, json.replace(from, to));
	}

	private static void fails(final Class<? extends TesseraIOException> type, final Executable e, final Path file,
		final String cause)
	{
		final TesseraIOException x = assertThrows(type, e);
		assertTrue(x.getMessage().startsWith(file.toString() + ": "), x.getMessage());
		assertTrue(x.getMessage().contains(cause), x.getMessage());
	}
}
