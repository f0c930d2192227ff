package org.tessera.io.hdf5;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestData;
import org.tessera.io.ArrayInfo;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;
import org.tessera.reduce.ArrayStatistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged and unusual HDF5 input: each failure is a typed exception naming the file and the cause. */
class Hdf5BadInputTest {

	@TempDir
	Path dir;

	@Test
	void wrongSignatureIsRefused() throws IOException {
		final Path f = dir.resolve("fake.h5");
		Files.write(f, "this is not HDF5 at all, just text that is long enough".getBytes());
		assertFalse(new Hdf5Format().canOpen(Location.of(f)));
		final TesseraIOException e = assertThrows(TesseraIOException.Malformed.class, () -> new Hdf5Format().open(Location.of(f)));
		assertEquals(f + ": not an HDF5 file (no HDF5 signature at byte 0, 512, 1024, ...)", e.getMessage());
	}

	@Test
	void truncatedFileFailsWithTheFileNamed() throws Exception {
		final Path whole = fixture("t = np.arange(200000, dtype='<u2').reshape(400, 500)\n"
			+ "f.create_dataset('a', data=t, chunks=(100, 100), compression='gzip')\nf.create_dataset('b', data=t)\n");
		for (final long keep : new long[] { 100, 3000, Files.size(whole) / 2 }) {
			final Path cut = dir.resolve("cut" + keep + ".h5");
			Files.write(cut, Arrays.copyOf(Files.readAllBytes(whole), (int) keep));
			final TesseraIOException e = assertThrows(TesseraIOException.class, () -> readEverything(cut), "cut at " + keep);
			assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
		}
	}

	@Test
	void corruptDeflateChunkIsReported() throws Exception {
		final Path f = fixture("f.create_dataset('a', data=np.arange(4000, dtype='<i4').reshape(40, 100), chunks=(20, 50), compression='gzip')\n");
		final long[] at = chunkOffset(f, "a");
		flip(f, at[0] + 2, 8);
		try (Container c = new Hdf5Format().open(Location.of(f))) {
			final ChunkedArray a = c.array("a");
			final TesseraIOException e = assertThrows(TesseraIOException.Corrupt.class, () -> a.readChunk(0, 0));
			assertTrue(e.getMessage().startsWith(f + ": dataset /a chunk [0, 0] at byte " + at[0] + ": "), e.getMessage());
			assertTrue(e.getMessage().contains("deflate"), e.getMessage());
			assertEquals(50, ((int[]) a.readChunk(0, 1).data())[0], "other chunks still read");
		}
	}

	@Test
	void fletcher32MismatchIsReported() throws Exception {
		final Path f = fixture("f.create_dataset('a', data=np.arange(4000, dtype='<i4').reshape(40, 100), chunks=(20, 50), fletcher32=True)\n");
		final long[] at = chunkOffset(f, "a");
		flip(f, at[0] + 10, 1);
		try (Container c = new Hdf5Format().open(Location.of(f))) {
			final TesseraIOException e = assertThrows(TesseraIOException.Corrupt.class, () -> c.array("a").readChunk(0, 0));
			assertTrue(e.getMessage().contains("Fletcher-32 checksum mismatch"), e.getMessage());
		}
	}

	@Test
	void unknownDatasetIsNotFound() throws Exception {
		final Path f = fixture("f['x'] = np.zeros(3)\n");
		try (Container c = FormatReaders.open(f)) {
			final TesseraIOException e = assertThrows(TesseraIOException.NotFound.class, () -> c.array("y"));
			assertEquals(f + ": no HDF5 dataset 'y' (datasets: [x])", e.getMessage());
		}
	}

	@Test
	void veloxFileWithoutMetadataOpensUncalibrated() throws Exception {
		final Path src = TestData.real("emd_velox/fei_example_tem_stack.emd");
		final Path f = dir.resolve("stack.emd");
		Files.copy(src, f, StandardCopyOption.REPLACE_EXISTING);
		f.toFile().setWritable(true);
		Hdf5Fixtures.python(dir, "-c", "import h5py\nf = h5py.File('stack.emd', 'a')\nfor g in f['Data/Image'].values(): del g['Metadata']\nf.close()");
		try (Container c = FormatReaders.open(f)) {
			assertEquals("emd-velox", c.format());
			final ArrayInfo info = c.arrays().get(0);
			assertEquals("[2, 3, 3]", Arrays.toString(info.shape()));
			final ChunkedArray a = c.array(info.name());
			assertEquals("", a.axes().get(1).unit());
			assertEquals(1.0, a.axes().get(1).scale());
			assertTrue(a.attributes().get("velox").toString().contains("no Metadata"));
			assertEquals(153.0, ArrayStatistics.compute(a).sum());
		}
	}

	// -- Helper methods --

	private Path fixture(final String body) throws Exception {
		final Path f = dir.resolve("f" + Math.abs(body.hashCode()) + ".h5");
		Hdf5Fixtures.python(dir, "-c", "import h5py, numpy as np\nf = h5py.File('" + f.getFileName() + "', 'w')\n" + body + "f.close()");
		return f;
	}

	/** The first chunk's byte offset and size, as h5py reports them. */
	private long[] chunkOffset(final Path f, final String name) throws Exception {
		final Path out = dir.resolve("offset.txt");
		Hdf5Fixtures.python(dir, "-c", "import h5py\ni = h5py.File('" + f.getFileName() + "', 'r')['" + name
			+ "'].id.get_chunk_info(0)\nopen('offset.txt', 'w').write('%d %d' % (i.byte_offset, i.size))");
		final String[] s = Files.readString(out).split(" ");
		return new long[] { Long.parseLong(s[0]), Long.parseLong(s[1]) };
	}

	private static void flip(final Path f, final long at, final int n) throws IOException {
		final byte[] b = Files.readAllBytes(f);
		for (int i = 0; i < n; i++) b[(int) at + i] ^= (byte) 0x5A;
		Files.write(f, b);
	}

	private static void readEverything(final Path f) throws IOException {
		try (Container c = new Hdf5Format().open(Location.of(f))) {
			for (final ArrayInfo info : c.arrays()) {
				if (info.dtype().isNumeric()) Hdf5Fixtures.readAll(c.array(info.name()));
			}
		}
	}
}
