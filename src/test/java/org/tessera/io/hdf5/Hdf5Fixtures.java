package org.tessera.io.hdf5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writes the h5py fixtures ({@code fixtures.py}) and reads arrays whole, for the HDF5 tests. */
final class Hdf5Fixtures {

	static final String PYTHON = "/usr/bin/python3";

	private Hdf5Fixtures() {}

	/** Runs a Python snippet with h5py; skips the calling test when h5py is missing. */
	static void python(final Path dir, final String... args) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(Path.of(PYTHON)), "no " + PYTHON);
		final Process check = new ProcessBuilder(PYTHON, "-c", "import h5py, numpy").redirectErrorStream(true).start();
		assumeTrue(check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0, "h5py is not installed for " + PYTHON);
		final String[] cmd = new String[args.length + 1];
		cmd[0] = PYTHON;
		System.arraycopy(args, 0, cmd, 1, args.length);
		final Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
		final String out = new String(p.getInputStream().readAllBytes());
		assertEquals(0, p.waitFor(), "python failed: " + out);
	}

	/** Writes every fixture file into {@code dir}. */
	static void write(final Path dir) throws IOException, InterruptedException {
		final Path script = dir.resolve("fixtures.py");
		try (InputStream in = Hdf5Fixtures.class.getResourceAsStream("fixtures.py")) {
			Files.write(script, in.readAllBytes());
		}
		python(dir, script.toString(), dir.toString());
	}

	/** Every element of an array, C order, little-endian, assembled chunk by chunk. */
	static byte[] readAll(final ChunkedArray a) throws IOException {
		final int size = a.dtype().size();
		final long[] shape = a.shape();
		final byte[] out = new byte[Math.toIntExact(a.elementCount() * size)];
		final long[] grid = a.chunkGrid();
		final long[] pos = new long[grid.length];
		for (long n = 0, total = product(grid); n < total; n++) {
			final Chunk c = a.readChunk(pos.clone());
			place(out, Chunks.encode(a.dtype(), c.data(), ByteOrder.LITTLE_ENDIAN), shape, a.chunkShape(), c, size);
			for (int d = grid.length - 1; d >= 0; d--) {
				if (++pos[d] < grid[d]) break;
				pos[d] = 0;
			}
		}
		return out;
	}

	private static void place(final byte[] out, final byte[] chunk, final long[] shape, final int[] cs, final Chunk c, final int size) {
		final int n = shape.length;
		final int[] local = new int[n];
		for (int e = 0; e < c.elementCount(); e++) {
			long at = 0;
			for (int d = 0; d < n; d++) at = at * shape[d] + c.position()[d] * cs[d] + local[d];
			System.arraycopy(chunk, e * size, out, (int) at * size, size);
			for (int d = n - 1; d >= 0; d--) {
				if (++local[d] < c.shape()[d]) break;
				local[d] = 0;
			}
		}
	}

	private static long product(final long[] grid) {
		long p = 1;
		for (final long g : grid) p *= g;
		return p;
	}
}
