package org.tessera.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.TestData;
import org.tessera.embed.Embedder;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedders;
import org.tessera.embed.Plane;
import org.tessera.embed.prep.Channels;
import org.tessera.index.Catalog;
import org.tessera.index.IngestReport;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Near-duplicate retrieval on the real test images: the originals are indexed; crops, 90° rotations,
 * noise and contrast changes written as Zarr find their source file at rank 1.
 */
class NearDuplicateTest {

	/** The embedder under test. */
	static final String EMBEDDER = SearchFixture.EMBEDDER;

	static final Map<String, UnaryOperator<Plane>> VARIANTS = new LinkedHashMap<>();
	static {
		VARIANTS.put("crop", p -> TestImages.crop(p, 0.85));
		VARIANTS.put("rot90", TestImages::rot90);
		VARIANTS.put("noise", p -> TestImages.noisy(p, 0.02, 3));
		VARIANTS.put("contrast", p -> TestImages.contrast(p, 0.5f, 100));
	}

	/** Hits searched for a tie, and the cosine difference that counts as one. */
	static final int TIE_DEPTH = 10;
	static final float TIE = 1e-5f;

	/** Real files with no image to derive copies from, and why (checked: the query reader refuses them). */
	static final Map<String, String> EXCLUDED = Map.of("test-EDS_spectrum.dm3", "a 1-D EDS spectrum: no 2-D plane");

	/**
	 * Derived copies of toy fixtures that keep no content of their own, and why. NB: the arange fixtures
	 * (3 × 3, 10 × 10, 16 × 16, 2 × 2) are all the same linear ramp after scaling: a crop or noisy copy of
	 * one is as close to the others.
	 */
	static final Map<String, String> COPY_EXCLUDED = Map.of(
		"crop of EELS_SI.dm4", "the plane is 2 spectra (2 x 2048); the 85 % crop keeps 1 row: a 1-D spectrum",
		"crop of zarr-python_fixture_nested", "2 x 2 ramp; the crop is 1 pixel: a constant plane",
		"crop of example_image.emd", "3 x 3 ramp; the 2 x 2 crop equals zarr-python_fixture_nested's 2 x 2 ramp",
		"crop of example_signal.emd", "3 x 3 ramp plane; the 2 x 2 crop equals the 2 x 2 ramp fixture",
		"crop of fei_example_tem_stack.emd", "3 x 2 plane; the 2 x 1 crop is a ramp like the 2 x 2 fixture",
		"crop of zarr-java_sharding_index_end.zarr", "16 x 16 ramp; the crop is a ramp like the 10 x 10 one",
		"noise of neuroglancer_simple_0.4.ome.zarr", "10 x 10 ramp; with noise as close to the 3 x 3 ramps");

	@TempDir
	Path tmp;

	@Test
	void derivedCopiesFindTheirSourceFirst() throws IOException {
		final List<Path> sources = sources();
		final IngestReport r = SearchFixture.index(tmp.resolve("cat"), 0, List.of(EMBEDDER), sources.toArray(Path[]::new));
		assertEquals(List.of(), r.failed());
		final List<String> misses = new ArrayList<>();
		int n = 0;
		try (Catalog c = Catalog.open(tmp.resolve("cat")); Embedder e = Embedders.create(EMBEDDER, EmbedOptions.DEFAULT)) {
			final SimilaritySearch s = new SimilaritySearch(c, List.of(e), Fusion.SUM);
			for (final Path src : sources) {
				if (excluded(src)) continue;
				final Plane p = Channels.to(ImageFiles.overview(src, null), 1);
				for (final Map.Entry<String, UnaryOperator<Plane>> v : VARIANTS.entrySet()) {
					final String name = v.getKey() + " of " + src.getFileName();
					if (COPY_EXCLUDED.containsKey(name)) {
						System.out.println("excluded " + name + ": " + COPY_EXCLUDED.get(name));
						continue;
					}
					final Path copy = TestImages.write(tmp.resolve("q" + n++ + ".zarr"), v.getValue().apply(p));
					final List<SimilarityHit> hits = s.search(s.byImage(copy, null, TIE_DEPTH));
					if (!firstOrTied(hits, src)) misses.add(name + " -> "
						+ Path.of(hits.get(0).path()).getFileName() + " " + hits.get(0).explain());
				}
			}
		}
		System.out.println(EMBEDDER + ": " + (n - misses.size()) + "/" + n + " at rank 1; misses " + misses);
		assertEquals(List.of(), misses);
		assertTrue(n >= 40, "too few copies searched: " + n);
	}

	/**
	 * Whether {@code src} is the top hit or scores as high as it. NB: a tie is a find: toy fixtures with
	 * the same content up to offset and gain (the 3 × 3 ramps of example_image.emd and the middle plane of
	 * example_signal.emd) have the same vector, so either may come first.
	 */
	private static boolean firstOrTied(final List<SimilarityHit> hits, final Path src) {
		final String want = src.toAbsolutePath().normalize().toString();
		return hits.stream().anyMatch(h -> h.path().equals(want) && h.score() >= hits.get(0).score() - TIE);
	}

	private static boolean excluded(final Path src) {
		final String why = EXCLUDED.get(src.getFileName().toString());
		if (why == null) return false;
		assertThrows(TesseraIOException.NotFound.class, () -> ImageFiles.overview(src, null), why);
		System.out.println("excluded " + src.getFileName() + ": " + why);
		return true;
	}

	/** The real images with a 2-D plane (truth.json entries that exist here). */
	private static List<Path> sources() {
		final List<Path> out = new ArrayList<>();
		TestData.truth().fieldNames().forEachRemaining(k -> {
			if (!k.startsWith("_")) out.addAll(TestData.realIfPresent(k));
		});
		org.junit.jupiter.api.Assumptions.assumeTrue(out.size() >= 5, "real test images not found");
		return out;
	}
}
