package org.tessera.io.hdf5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential tests against h5py: fixtures written by Debian's h5py (every dtype in contiguous,
 * chunked, gzip, shuffle+gzip, fletcher32 and lzf layouts with edge chunks; every chunk index type;
 * links, user block, fill values; blosc, zstd, lz4 and bitshuffle chunks written raw) read back
 * element by element equal to what h5py wrote.
 */
class Hdf5FixtureTest {

	@TempDir
	static Path dir;

	private static JsonNode expected;

	@BeforeAll
	static void writeFixtures() throws Exception {
		Hdf5Fixtures.write(dir);
		expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
	}

	@Test
	void everyDatasetEqualsWhatH5pyWrote() throws Exception {
		int checked = 0;
		for (final String file : List.of("dtypes.h5", "indexes.h5", "old.h5", "userblock.h5", "plugins.h5")) {
			if (!Files.exists(dir.resolve(file))) continue;
			try (Container c = FormatReaders.open(dir.resolve(file))) {
				assertEquals("hdf5", c.format());
				for (final ArrayInfo info : c.arrays()) {
					final Path bin = dir.resolve(info.name().replace("/", "__") + ".bin");
					if (!Files.exists(bin) || info.name().equals("unsupported")) continue;
					final ChunkedArray a = c.array(info.name());
					assertEquals(expected.get(info.name()).asText(), a.dtype().name(), file + " " + info.name());
					assertArrayEquals(Files.readAllBytes(bin), Hdf5Fixtures.readAll(a), file + " " + info.name());
					checked++;
				}
			}
		}
		assertTrue(checked >= 17 * 6 + 10, "checked " + checked + " datasets");
	}

	@Test
	void chunkShapesFollowTheFile() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("dtypes.h5"))) {
			assertArrayEquals(new int[] { 3, 2, 2 }, c.array("gzip/leu2").chunkShape());
			assertArrayEquals(new int[] { 7, 5, 3 }, c.array("contiguous/leu2").chunkShape(), "a small contiguous dataset is one slab");
			assertArrayEquals(new long[] { 3, 3, 2 }, c.array("gzip/leu2").chunkGrid());
		}
		assertArrayEquals(new int[] { 1, 1, 512 }, ContiguousLayout.slabs(new long[] { 10, 4096, 4096 }, 1, 512));
		assertArrayEquals(new int[] { 1, 256, 4096 }, ContiguousLayout.slabs(new long[] { 10, 4096, 4096 }, 2, 2 << 20));
	}

	@Test
	void parallelReadsEqualSerialReads() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("dtypes.h5"))) {
			final ChunkedArray a = c.array("shuffle_gzip/lef8");
			final byte[] serial = Hdf5Fixtures.readAll(a);
			final ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				final List<Future<byte[]>> all = new ArrayList<>();
				for (int i = 0; i < 32; i++) all.add(pool.submit(() -> Hdf5Fixtures.readAll(a)));
				for (final Future<byte[]> f : all) assertArrayEquals(serial, f.get());
			}
			finally {
				pool.shutdown();
			}
		}
	}

	@Test
	void stringsAreListedButNotRead() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("indexes.h5"))) {
			final ChunkedArray text = c.array("text");
			assertFalse(text.dtype().isNumeric());
			final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> text.readChunk());
			assertTrue(e.getMessage().startsWith(dir.resolve("indexes.h5") + ": data type ") && e.getMessage().contains("'text' cannot be read as pixels"), e.getMessage());
		}
	}

	@Test
	void attributesOfGroupsAndDatasetsAreKept() throws Exception {
		try (Container c = FormatReaders.open(dir.resolve("dtypes.h5"))) {
			final Map<?, ?> root = (Map<?, ?>) c.metadata().get("attributes");
			assertEquals("fixtures", root.get("title"));
			assertEquals(List.of(0L, 1L, 2L), root.get("numbers"));
			assertEquals(6L, ((Map<?, ?>) ((Map<?, ?>) c.metadata().get("groups")).get("gzip")).get("level"));
		}
	}

	@Test
	void unsupportedFilterIsNamed() throws Exception {
		assumeTrue(Files.exists(dir.resolve("plugins.h5")), "numcodecs missing: no plugin fixtures");
		try (Container c = FormatReaders.open(dir.resolve("plugins.h5"))) {
			final ChunkedArray a = c.array("unsupported");
			final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> a.readChunk(0, 0));
			assertTrue(e.getMessage().startsWith(dir.resolve("plugins.h5") + ": dataset /unsupported chunk [0, 0]: unsupported HDF5 filter 32017"),
				e.getMessage());
		}
	}

	private static void assumeTrue(final boolean b, final String why) {
		org.junit.jupiter.api.Assumptions.assumeTrue(b, why);
	}
}
