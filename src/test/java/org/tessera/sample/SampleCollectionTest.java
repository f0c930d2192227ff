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
		final List<String> names = new ArrayList<>(List.of("lattice-stack.ome.zarr", "cells-tczyx.ome.zarr", "eds-cube.zarr",
			"4dstem.n5", "lattice-pyramid.n5"));
		Acquisition.all().forEach(q -> names.add(q.fileName()));
		assertEquals(names, paths.stream().map(p -> p.getFileName().toString()).toList());
		assertEquals(5 + Acquisition.COUNT, new java.util.HashSet<>(paths).size(), "distinct paths");
		final String[] formats = { "zarr", "zarr", "zarr", "n5", "n5" };
		final int[] pyramidLevels = { 3, 2, 0, 0, 3 };
		for (int i = 0; i < paths.size(); i++) {
			try (Container c = FormatReaders.open(paths.get(i))) {
				assertEquals(i < 5 ? formats[i] : "zarr", c.format(), paths.get(i).toString());
				final int levels = c.multiscales().isEmpty() ? 0 : c.multiscales().get(0).levels().size();
				assertEquals(i < 5 ? pyramidLevels[i] : 0, levels, paths.get(i) + " pyramid levels");
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
	void microscopyMembersAreHyperSpySignals(@TempDir final Path dir) throws IOException {
		final Acquisition q = Acquisition.of(4);
		final Path p = SampleHyperSpy.write(dir, q);
		try (Container c = FormatReaders.open(p)) {
			final ChunkedArray a = c.array("Experiments/" + q.title() + "/data");
			assertEquals(List.of(16L, 16L, 128L), java.util.Arrays.stream(a.shape()).boxed().toList(), "spectrum image");
			assertEquals("ZSpy", ((java.util.Map<?, ?>) c.metadata().get("attributes")).get("file_format"));
			final Pattern si = Pattern.spectrumImage(12 + q.index(), 16);
			assertEquals(Math.round(si.value(new long[] { 0, 0, 23 })), ((short[]) a.readChunk(0, 0, 0).data())[23] & 0xffff);
		}
	}

	@Test
	void acquisitionsAreVaried() {
		final List<Acquisition> all = Acquisition.all();
		assertEquals(java.util.Set.copyOf(Acquisition.MICROSCOPES), set(all, Acquisition::microscope));
		assertEquals(java.util.Set.of(60.0, 80.0, 120.0, 200.0, 300.0), set(all, Acquisition::beamKv));
		assertEquals(java.util.Set.of("STEM", "TEM"), set(all, Acquisition::mode));
		assertEquals(java.util.Set.copyOf(Acquisition.SAMPLES), set(all, Acquisition::sample));
		assertEquals(java.util.Set.of(2019, 2020, 2021, 2022, 2023, 2024), set(all, q -> q.date().getYear()));
		assertEquals(java.util.Set.of("HAADF", "ADF", "BF", "EDS", "EELS"), all.stream().flatMap(q -> q.detectors().stream())
			.collect(java.util.stream.Collectors.toSet()));
	}

	private static <T> java.util.Set<T> set(final List<Acquisition> all, final java.util.function.Function<Acquisition, T> f) {
		return all.stream().map(f).collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void generationIsDeterministic(@TempDir final Path dir) throws IOException {
		assertEquals(hashes(SampleCollection.generate(dir.resolve("a"))), hashes(SampleCollection.generate(dir.resolve("b"))));
	}

	private static List<String> hashes(final List<Path> paths) throws IOException {
		final List<String> out = new ArrayList<>();
		for (final Path p : paths) {
			try (Container c = FormatReaders.open(p)) {
				// NB: HyperSpy's lists are object arrays: listed, not readable.
				for (final ArrayInfo a : c.arrays()) if (a.dtype().isNumeric()) out.add(a.name() + "=" + ArrayStatistics.compute(c.array(a.name())).sha256());
			}
		}
		return out;
	}
}
