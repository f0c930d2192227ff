package org.tessera.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.io.ArrayInfo;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReaders;
import org.tessera.reduce.ArrayStatistics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The embedded default collection: every member opens with the expected reader, pyramids and
 * shapes, pixels equal the pattern they were rendered from, and generation is deterministic.
 */
class SampleCollectionTest {

	@Test
	void membersOpenWithTheirFormatsAndPyramids(@TempDir final Path dir) throws IOException {
		final List<Path> paths = SampleCollection.generate(dir);
		assertEquals(List.of("lattice-stack.ome.zarr", "cells-tczyx.ome.zarr", "eds-cube.zarr", "4dstem.n5",
			"lattice-pyramid.n5"), paths.stream().map(p -> p.getFileName().toString()).toList());
		final String[] formats = { "zarr", "zarr", "zarr", "n5", "n5" };
		final int[] pyramidLevels = { 3, 2, 0, 0, 3 };
		for (int i = 0; i < paths.size(); i++) {
			try (Container c = FormatReaders.open(paths.get(i))) {
				assertEquals(formats[i], c.format(), paths.get(i).toString());
				final int levels = c.multiscales().isEmpty() ? 0 : c.multiscales().get(0).levels().size();
				assertEquals(pyramidLevels[i], levels, paths.get(i) + " pyramid levels");
			}
		}
	}

	@Test
	void pixelsEqualTheirPattern(@TempDir final Path dir) throws IOException {
		final Path stack = SampleZarr.latticeStack(dir.resolve("s.ome.zarr"));
		try (Container c = FormatReaders.open(stack)) {
			final ChunkedArray a = c.array("1");
			assertEquals(DType.UINT16, a.dtype());
			final Chunk ch = a.readChunk(3, 1, 0);
			final Pattern level1 = Downsampled.of(Pattern.lattice(16, 0.2, 3000), 2);
			final short[] v = (short[]) ch.data();
			assertEquals(Math.round(level1.value(new long[] { 3, 128, 0 })), v[0] & 0xffff);
			assertEquals(Math.round(level1.value(new long[] { 3, 129, 5 })), v[128 + 5] & 0xffff);
		}
	}

	@Test
	void generationIsDeterministic(@TempDir final Path dir) throws IOException {
		assertEquals(hashes(SampleCollection.generate(dir.resolve("a"))), hashes(SampleCollection.generate(dir.resolve("b"))));
	}

	private static List<String> hashes(final List<Path> paths) throws IOException {
		final List<String> out = new ArrayList<>();
		for (final Path p : paths) {
			try (Container c = FormatReaders.open(p)) {
				for (final ArrayInfo a : c.arrays()) out.add(a.name() + "=" + ArrayStatistics.compute(c.array(a.name())).sha256());
			}
		}
		return out;
	}
}
