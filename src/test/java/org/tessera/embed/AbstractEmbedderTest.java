package org.tessera.embed;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

	/** Whether the embedder reads a model file (else the bad-model test is skipped). */
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
		for (final float[] v : vs) {
			assertEquals(embedder.dimension(), v.length);
			double n = 0;
			for (final float x : v) n += x * x;
			assertEquals(1, Math.sqrt(n), 1e-5);
		}
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
	void missingModelFileIsNamedInTheError(@TempDir final Path dir) {
		assumeTrue(usesModel(), providerName() + " reads no model file");
		final Path missing = dir.resolve("no-such-model.onnx");
		final EmbedException e = assertThrows(EmbedException.class,
			() -> Embedders.create(providerName(), options().withModel(missing)));
		assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
	}
}
