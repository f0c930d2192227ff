package org.tessera.sample;

import org.tessera.io.DType;
import org.tessera.io.n5.N5Writer;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrArrayWriter;
import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Tessera's embedded default: a small, deterministic, mixed collection of the formats
 * Tessera reads, written by Tessera's own writers chunk by chunk from synthetic {@link Pattern}s.
 * It is what the README's main job and the demos run on: five members of mixed formats, and in
 * {@code microscopy/} {@link Acquisition#COUNT} small HyperSpy {@code .zspy} datasets with varied
 * instrument metadata (microscopes, beam energies, detectors, samples, dates) for the catalogue.
 */
public final class SampleCollection {

	/** The folder of the HyperSpy {@code .zspy} datasets, one per {@link Acquisition}. */
	public static final String MICROSCOPY = "microscopy";

	private SampleCollection() {}

	/**
	 * Writes the collection into {@code dir} (created as needed; existing samples are replaced).
	 *
	 * @return the dataset paths written, in order
	 */
	public static List<Path> generate(final Path dir) throws IOException {
		Files.createDirectories(dir);
		final List<Path> out = new ArrayList<>();
		out.add(SampleZarr.latticeStack(fresh(dir.resolve("lattice-stack.ome.zarr"))));
		out.add(SampleZarr.cellsTczyx(fresh(dir.resolve("cells-tczyx.ome.zarr"))));
		out.add(SampleZarr.edsCube(fresh(dir.resolve("eds-cube.zarr"))));
		out.add(fourDStem(fresh(dir.resolve("4dstem.n5"))));
		out.add(latticePyramid(fresh(dir.resolve("lattice-pyramid.n5"))));
		final Path microscopy = dir.resolve(MICROSCOPY);
		Files.createDirectories(microscopy);
		for (final Acquisition q : Acquisition.all()) out.add(SampleHyperSpy.write(microscopy, q));
		return out;
	}

	/** N5: a 4-D STEM scan (scan y, x, detector ky, kx), int32, gzip. */
	static Path fourDStem(final Path p) throws IOException {
		final N5Writer w = new N5Writer(p);
		final long[] shape = { 16, 16, 64, 64 };
		final int[] chunks = { 4, 4, 64, 64 };
		w.createDataset("data", shape, chunks, DType.INT32, Map.of("type", "gzip", "level", 1));
		final Map<String, Object> a = new LinkedHashMap<>();
		a.put("axes", List.of("kx", "ky", "x", "y")); // NB: N5 order, fastest first
		a.put("units", List.of("1/nm", "1/nm", "nm", "nm"));
		a.put("resolution", List.of(0.05, 0.05, 2.0, 2.0));
		a.put("description", "synthetic 4D-STEM scan: central disc and four Bragg discs");
		w.setAttributes("data", a);
		Chunked.forEach(shape, chunks, pos -> w.writeBlock("data", pos,
			PatternChunks.renderChunk(Pattern.diffraction(64), DType.INT32, shape, chunks, pos)));
		return p;
	}

	/** N5: an N5-Viewer pyramid (s0..s2) of a 2-D lattice image, uint8, raw and lz4. */
	static Path latticePyramid(final Path p) throws IOException {
		final N5Writer w = new N5Writer(p);
		w.setAttributes("lattice", Map.of("pixelResolution", Map.of("dimensions", List.of(0.1, 0.1), "unit", "nm"),
			"multiScale", true));
		for (int level = 0; level < 3; level++) {
			final int f = 1 << level;
			final long[] shape = { 384 / f, 384 / f };
			final int[] chunks = { 128, 128 };
			final String s = "lattice/s" + level;
			w.createDataset(s, shape, chunks, DType.UINT8, Map.of("type", level == 0 ? "raw" : "lz4"));
			w.setAttributes(s, Map.of("downsamplingFactors", List.of(f, f)));
			final Pattern pat = Downsampled.of(Pattern.lattice(12, 0.3, 120), f);
			Chunked.forEach(shape, chunks, pos -> w.writeBlock(s, pos,
				PatternChunks.renderChunk(pat, DType.UINT8, shape, chunks, pos)));
		}
		return p;
	}

	static Path fresh(final Path p) throws IOException {
		if (Files.exists(p)) {
			try (var walk = Files.walk(p)) {
				for (final Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
			}
		}
		return p;
	}

	/** Writes every chunk of a Zarr array from a pattern. */
	static void fill(final ZarrArrayWriter w, final Pattern pat, final DType type, final long[] shape,
		final int[] chunks) throws IOException
	{
		Chunked.forEach(shape, chunks, pos -> w.writeChunk(pos, PatternChunks.renderChunk(pat, type, shape, chunks, pos)));
	}

	static ZarrArraySpec spec(final long[] shape, final int[] chunks, final DType type) {
		return new ZarrArraySpec(shape, chunks, type);
	}

	static ZarrWriter zarr(final Path p, final int format) {
		return new ZarrWriter(p, format);
	}
}
