package org.tessera.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;

/** Test helpers: writing the tifffile fixtures, and reading a SMALL array whole to compare it. */
final class TiffTestSupport {

	static final String PYTHON = "/usr/bin/python3";

	private TiffTestSupport() {}

	/**
	 * Runs {@code write_tiffs.py} into {@code dir}; skips the calling tests when Debian's python3
	 * with tifffile is not installed.
	 */
	static void writeFixtures(final Path dir) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(Path.of(PYTHON)), "no " + PYTHON);
		assumeTrue(run(PYTHON, "-c", "import tifffile") == 0, "python3-tifffile is not installed (apt-get install python3-tifffile)");
		final Path script = Path.of("src/test/resources/tiff/write_tiffs.py").toAbsolutePath();
		assertEquals(0, run(PYTHON, script.toString(), dir.toString()), "write_tiffs.py failed");
	}

	private static int run(final String... command) throws IOException, InterruptedException {
		final Process p = new ProcessBuilder(command).inheritIO().start();
		if (!p.waitFor(5, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			fail("timed out: " + String.join(" ", command));
		}
		return p.exitValue();
	}

	/** Every element of a small array in C order, little-endian, assembled from its chunks. */
	static byte[] readAllLittleEndian(final ChunkedArray a) throws IOException {
		final long[] shape = a.shape();
		final int n = shape.length, size = a.dtype().size();
		final byte[] out = new byte[Math.toIntExact(a.elementCount() * size)];
		final long[] grid = a.chunkGrid();
		final long[] pos = new long[n];
		for (long i = 0, count = Arrays.stream(grid).reduce(1, (x, y) -> x * y); i < count; i++) {
			final Chunk c = a.readChunk(pos);
			paste(Chunks.encode(a.dtype(), c.data(), ByteOrder.LITTLE_ENDIAN), c.shape(), pos, a.chunkShape(), shape, size, out);
			for (int d = n - 1; d >= 0 && ++pos[d] >= grid[d]; d--) pos[d] = 0;
		}
		return out;
	}

	private static void paste(final byte[] chunk, final int[] cs, final long[] pos, final int[] nominal, final long[] shape,
		final int size, final byte[] out)
	{
		final int n = cs.length;
		final int row = cs[n - 1] * size;
		final int[] at = new int[n];
		for (int r = 0; r < Chunks.product(cs) / cs[n - 1]; r++) {
			long dst = 0;
			for (int d = 0; d < n; d++) dst = dst * shape[d] + pos[d] * nominal[d] + at[d];
			System.arraycopy(chunk, r * row, out, (int) (dst * size), row);
			for (int d = n - 2; d >= 0 && ++at[d] >= cs[d]; d--) at[d] = 0;
		}
	}

	/** Asserts two little-endian element buffers are equal, naming the first differing element. */
	static void assertSameElements(final String what, final byte[] expected, final byte[] actual, final int size) {
		assertEquals(expected.length, actual.length, what + ": byte length");
		final int i = Arrays.mismatch(expected, actual);
		if (i >= 0) fail(what + ": element " + i / size + " differs");
	}
}
