package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrWriter;

/** Broken input: each failure has the right type and a message naming the file and the cause. */
class ZarrBadInputTest {

	@TempDir
	Path dir;

	@Test
	void emptyDirectoryIsNotFound() throws IOException {
		final Path p = Files.createDirectories(dir.resolve("empty.zarr"));
		assertFails(TesseraIOException.NotFound.class, () -> FormatReaders.open(p), p.toString(), "not a dataset");
	}

	@Test
	void malformedZarray() throws IOException {
		final Path a = write2("a", Map.of("id", "zlib"));
		Files.writeString(a.resolve(".zarray"), "{\"zarr_format\": 2, \"shape\": [4,");
		assertFails(TesseraIOException.Malformed.class, () -> FormatReaders.open(dir.resolve("d.zarr")),
			a.resolve(".zarray").toString(), "malformed JSON");
	}

	@Test
	void malformedZarrJson() throws IOException {
		final Path p = Files.createDirectories(dir.resolve("v3.zarr"));
		Files.writeString(p.resolve("zarr.json"), "{\"zarr_format\": 3, \"node_type\": \"array\" ");
		assertFails(TesseraIOException.Malformed.class, () -> FormatReaders.open(p), p.resolve("zarr.json").toString(),
			"malformed JSON");
	}

	@Test
	void unknownCodecIsNamed() throws IOException {
		final Path a = write2("a", Map.of("id", "zlib"));
		final String z = Files.readString(a.resolve(".zarray")).replace("\"zlib\"", "\"snappy-x\"");
		Files.writeString(a.resolve(".zarray"), z);
		try (Container c = FormatReaders.open(dir.resolve("d.zarr"))) {
			assertFails(TesseraIOException.Unsupported.class, () -> c.array("a"), a.resolve(".zarray").toString(), "snappy-x");
		}
	}

	@Test
	void truncatedChunk() throws IOException {
		final Path a = write2("a", Map.of("id", "zlib"));
		final byte[] b = Files.readAllBytes(a.resolve("0.0"));
		Files.write(a.resolve("0.0"), java.util.Arrays.copyOf(b, b.length / 2));
		assertReadFails(a.resolve("0.0"), "zlib");
	}

	@Test
	void corruptChunkBytes() throws IOException {
		final Path a = write2("a", Map.of("id", "zstd"));
		final byte[] b = Files.readAllBytes(a.resolve("0.0"));
		for (int i = 4; i < b.length; i++) b[i] ^= 0x5a;
		Files.write(a.resolve("0.0"), b);
		assertReadFails(a.resolve("0.0"), "zstd");
	}

	@Test
	void chunkOfWrongDecodedSize() throws IOException {
		final Path a = write2("a", null);
		Files.write(a.resolve("0.0"), new byte[10]);
		assertReadFails(a.resolve("0.0"), "decoded chunk has 10 bytes, expected 12");
	}

	@Test
	void shapeAndChunksMismatch() throws IOException {
		final Path a = write2("a", null);
		final String z = Files.readString(a.resolve(".zarray")).replaceFirst("\"chunks\" : \\[ 2, 3 \\]", "\"chunks\" : [ 2 ]");
		Files.writeString(a.resolve(".zarray"), z);
		assertFails(TesseraIOException.Malformed.class, () -> FormatReaders.open(dir.resolve("d.zarr")),
			a.resolve(".zarray").toString(), "different lengths");
	}

	@Test
	void noSuchArray() throws IOException {
		write2("a", null);
		try (Container c = FormatReaders.open(dir.resolve("d.zarr"))) {
			assertFails(TesseraIOException.NotFound.class, () -> c.array("nope"), dir.resolve("d.zarr").toString(),
				"no array named 'nope'");
		}
	}

	@Test
	void badShardChecksum() throws IOException {
		final Path src = ZarrV3FixturesTest.DIR.resolve("shard_start.zarr");
		final Path p = dir.resolve("s.zarr");
		for (final Path f : Files.walk(src).filter(Files::isRegularFile).toList()) {
			Files.createDirectories(p.resolve(src.relativize(f)).getParent());
			Files.copy(f, p.resolve(src.relativize(f)));
		}
		final Path shard = p.resolve("c/0/0");
		final byte[] b = Files.readAllBytes(shard);
		b[3] ^= 1;
		Files.write(shard, b);
		try (Container c = FormatReaders.open(p)) {
			assertFails(TesseraIOException.Corrupt.class, () -> c.array("/").readChunk(0, 0), shard.toString(), "crc32c");
		}
	}

	// -- Helper methods --

	/** A v2 int16 array of shape (2,3), one chunk, written by our writer. */
	private Path write2(final String name, final Map<String, Object> compressor) throws IOException {
		final ZarrWriter w = new ZarrWriter(dir.resolve("d.zarr"), 2);
		w.createGroup("", Map.of());
		w.createArray(name, new ZarrArraySpec(new long[] { 2, 3 }, new int[] { 2, 3 }, DType.INT16)
			.optCompressor(compressor)).writeChunk(new long[] { 0, 0 }, new short[] { 1, 2, 3, 4, 5, 6 });
		return dir.resolve("d.zarr").resolve(name);
	}

	private void assertReadFails(final Path chunk, final String cause) throws IOException {
		try (Container c = FormatReaders.open(dir.resolve("d.zarr"))) {
			assertFails(TesseraIOException.Corrupt.class, () -> c.array("a").readChunk(0, 0), chunk.toString(), cause);
		}
	}

	static void assertFails(final Class<? extends TesseraIOException> type, final Executable x, final String file,
		final String cause)
	{
		final TesseraIOException e = assertThrows(type, x);
		for (final String s : List.of(file, cause)) assertTrue(e.getMessage().contains(s), e.getMessage() + " lacks " + s);
		assertTrue(e.getMessage().startsWith(file), e.getMessage());
	}
}
