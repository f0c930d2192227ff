package org.tessera.embed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * The contract every {@link Embedder} passes: subclass it with the provider name and options. One
 * embedder is made per test class and closed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractEmbedderTest {

	/** NB: ONNX Runtime may pick other kernels for other batch sizes: allow float rounding. */
	private static final float BATCH_TOLERANCE = 1e-5f;

	private Embedder embedder;

	/** The stable provider name under test. */
	protected abstract String providerName();

	/** Options that make a working embedder (skip with Assumptions when its model is absent). */
	protected abstract EmbedOptions options();

	/** Whether the embedder reads a model file (else a model option must be ignored). */
	protected abstract boolean usesModel();

	@BeforeAll
	void open() throws EmbedException {
		embedder = Embedders.create(providerName(), options());
	}

	@AfterAll
	void close() {
		if (embedder != null) embedder.close();
	}

	/** Planes of several textures, sizes and channel counts. */
	protected List<Plane> planes() {
		return List.of(Textures.stripes(200, 150, 9, 0.3), Textures.dots(128, 128, 12), Textures.blobs(96, 160, 4, 1),
			Textures.noise(64, 64, 2), Textures.rgb(Textures.blobs(150, 150, 2, 3)), Textures.stripes(300, 300, 25, 1.1));
	}

	// -- Contract --

	@Test
	void nameIsStableAndNotBlank() throws EmbedException {
		assertFalse(embedder.name().isBlank());
		try (Embedder again = Embedders.create(providerName(), options())) {
			assertEquals(embedder.name(), again.name());
		}
		assertEquals(embedder.name(), embedder.provenance().get("name"));
		assertTrue(embedder.provenance().containsKey("version"));
	}

	@Test
	void everyVectorIsUnitLengthOfTheDimension() throws EmbedException {
		assertTrue(embedder.dimension() > 0);
		final List<float[]> vs = embedder.embed(planes());
		assertEquals(planes().size(), vs.size());
		for (final float[] v : vs) assertFiniteUnit(v, "texture");
	}

	// -- Degenerate planes --

	/** Tiny, thin, constant and NaN-holding planes: each a finite unit vector (never NaN, never zero). */
	@Test
	void degeneratePlanesGiveFiniteUnitVectors() throws EmbedException {
		final float[] holes = Textures.stripes(64, 48, 7, 0.2).data().clone();
		for (int i = 0; i < holes.length; i += 5) holes[i] = Float.NaN;
		holes[3] = Float.POSITIVE_INFINITY;
		final Map<String, Plane> cases = new LinkedHashMap<>();
		cases.put("16x16 stripes", Textures.stripes(16, 16, 5, 0.4));
		cases.put("3x2 noise", Textures.noise(3, 2, 1));
		cases.put("1x1", new Plane(1, 1, 1, new float[] { 42 }));
		cases.put("constant 64x64", constant(64, 64, 7));
		cases.put("all NaN", constant(32, 32, Float.NaN));
		cases.put("NaN holes", new Plane(64, 48, 1, holes));
		cases.put("1 pixel wide", Textures.stripes(1, 300, 9, 1.5));
		cases.put("1 pixel high", Textures.stripes(5000, 1, 9, 0));
		for (final Map.Entry<String, Plane> c : cases.entrySet()) assertFiniteUnit(embedder.embed(c.getValue()),
			c.getKey());
	}

	/** A constant plane has one defined vector, whatever its level (the scaling maps every level to 0). */
	@Test
	void constantPlanesShareOneVector() throws EmbedException {
		assertArrayEquals(embedder.embed(constant(40, 30, 0)), embedder.embed(constant(40, 30, 65535)), 1e-6f);
	}

	private static Plane constant(final int w, final int h, final float value) {
		final float[] d = new float[w * h];
		Arrays.fill(d, value);
		return new Plane(w, h, 1, d);
	}

	private void assertFiniteUnit(final float[] v, final String what) {
		assertEquals(embedder.dimension(), v.length, what);
		double n = 0;
		for (final float x : v) {
			assertTrue(Float.isFinite(x), what + ": " + Arrays.toString(v));
			n += x * x;
		}
		assertEquals(1, Math.sqrt(n), 1e-5, what);
	}

	@Test
	void sameInputGivesTheSameVectors() throws EmbedException {
		final List<float[]> a = embedder.embed(planes()), b = embedder.embed(planes());
		for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i));
	}

	@Test
	void fourThreadsAgreeWithOne() throws Exception {
		final List<float[]> expected = embedder.embed(planes());
		final ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			final List<Future<List<float[]>>> runs = new ArrayList<>();
			for (int t = 0; t < 4; t++) runs.add(pool.submit(() -> embedder.embed(planes())));
			for (final Future<List<float[]>> f : runs) {
				final List<float[]> got = f.get();
				for (int i = 0; i < got.size(); i++) assertArrayEquals(expected.get(i), got.get(i), BATCH_TOLERANCE);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void batchOfOneEqualsBatchOfMany() throws EmbedException {
		final List<float[]> many = embedder.embed(planes());
		for (int i = 0; i < many.size(); i++) {
			assertArrayEquals(many.get(i), embedder.embed(planes().get(i)), BATCH_TOLERANCE, "plane " + i);
		}
	}

	@Test
	void aModelFileIsCheckedOrIgnored(@TempDir final Path dir) throws EmbedException {
		final Path missing = dir.resolve("no-such-model.onnx");
		if (usesModel()) {
			final EmbedException e = assertThrows(EmbedException.class,
				() -> Embedders.create(providerName(), options().withModel(missing)));
			assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
			return;
		}
		// NB: an embedder with no model or its own ignores the option: the same vectors as without it.
		try (Embedder other = Embedders.create(providerName(), options().withModel(missing))) {
			assertEquals(embedder.name(), other.name());
			final List<Plane> p = planes();
			final List<float[]> a = embedder.embed(p), b = other.embed(p);
			for (int i = 0; i < p.size(); i++) org.junit.jupiter.api.Assertions.assertArrayEquals(a.get(i), b.get(i));
		}
	}
}
