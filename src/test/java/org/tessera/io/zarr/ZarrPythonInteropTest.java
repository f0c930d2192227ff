package org.tessera.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.Container;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;

/**
 * Interop with zarr-python 2: {@code zarr/write_fixtures.py} writes Zarr v2 arrays for every dtype
 * × compressor, F order, "/" separators, big-endian types, fill values with missing chunks and the
 * delta filter, plus zarr-python's own reading of each; every element must match. Skipped when
 * Debian's python3 with zarr is not installed.
 */
class ZarrPythonInteropTest {

	private static final Path PYTHON = Path.of("/usr/bin/python3");

	@TempDir
	Path dir;

	@TestFactory
	Stream<DynamicTest> zarrPythonV2Fixtures() throws Exception {
		assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
		assumeTrue(run(PYTHON.toString(), "-c", "import zarr, numcodecs") == 0, PYTHON + " has no zarr/numcodecs");
		final Path script = Path.of("src/test/resources/zarr/write_fixtures.py").toAbsolutePath();
		assertEquals(0, run(PYTHON.toString(), script.toString(), dir.toString()), "write_fixtures.py failed");
		final JsonNode cases = new ObjectMapper().readTree(dir.resolve("cases.json").toFile());
		final Container c = FormatReaders.open(dir.resolve("fixtures.zarr"));
		assertEquals(cases.size(), c.arrays().size());
		final List<DynamicTest> tests = new ArrayList<>();
		for (final JsonNode k : cases) {
			tests.add(DynamicTest.dynamicTest(k.get("name").asText(), () -> check(c, k)));
		}
		return tests.stream();
	}

	private void check(final Container c, final JsonNode k) throws IOException {
		final ChunkedArray a = c.array(k.get("name").asText());
		final long[] shape = new long[k.get("shape").size()];
		for (int d = 0; d < shape.length; d++) shape[d] = k.get("shape").get(d).asLong();
		assertArrayEquals(shape, a.shape());
		if (k.has("unreadable")) {
			assertFalse(a.dtype().isNumeric());
			final TesseraIOException e = assertThrows(TesseraIOException.Unsupported.class, () -> a.readChunk(0));
			assertTrue(e.getMessage().contains(a.dtype().name()), e.getMessage());
			return;
		}
		assertEquals(k.get("dtype").asText(), a.dtype().name());
		final byte[] expected = Files.readAllBytes(dir.resolve("expected").resolve(k.get("name").asText() + ".bin"));
		final Object want = Chunks.decode(a.dtype(), expected, 0, (int) a.elementCount(), ByteOrder.LITTLE_ENDIAN);
		ZarrWriterRoundTripTest.assertPrimitivesEqual(want, ArrayContents.read(a).data);
	}

	private static int run(final String... cmd) throws IOException, InterruptedException {
		final Process p = new ProcessBuilder(cmd).inheritIO().start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			return -1;
		}
		return p.exitValue();
	}
}
