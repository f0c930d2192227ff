package org.tessera.embed.wallpaper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.embed.Plane;
import org.tessera.sample.wallpaper.SyntheticClass;
import org.tessera.sample.wallpaper.SyntheticImages;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Same-wallpaper-group retrieval on the held-out synthetic set (17 groups × 12 images, seed 1000, the set
 * {@code models/wallpaper/train.py} scores as "retrieval"): precision@10 of cosine retrieval for the
 * classical descriptor and the shipped model is at least the model card's figure minus 0.05, and above
 * chance (11 same-group images among the 203 others: 0.054).
 * <p>
 * NB: the set is deterministic, so the margin only absorbs floating-point differences between the
 * Python evaluation (numpy preprocessing, PyTorch) and this one (Java preprocessing, ONNX Runtime).
 * </p>
 */
class SameGroupRetrievalTest {

	static final long SEED = 1000;
	static final int PER_GROUP = 12;
	static final double MARGIN = 0.05;
	static final double CHANCE = (PER_GROUP - 1) / (PER_GROUP * 17.0 - 1);

	@ParameterizedTest
	@ValueSource(strings = { "classical", "wallpaper" })
	void precisionAt10MatchesTheModelCard(final String name) throws Exception {
		assumeTrue(WallpaperProviderTest.available(name), "no embedder '" + name + "' here");
		assumeTrue(!name.equals("wallpaper") || WallpaperProviderTest.available("onnx"), "no onnx embedder here");
		final List<Plane> planes = new ArrayList<>();
		final int[] labels = new int[SyntheticClass.groups().size() * PER_GROUP];
		for (final SyntheticClass c : SyntheticClass.groups())
			for (int i = 0; i < PER_GROUP; i++) {
				labels[planes.size()] = c.label();
				planes.add(new Plane(128, 128, 1, SyntheticImages.render(c, SyntheticImages.imageSeed(SEED, c.label(), i), 128)));
			}
		final List<float[]> vectors;
		try (Embedder e = Embedders.create(name, EmbedOptions.DEFAULT.withDevice("cpu"))) {
			vectors = e.embed(planes);
		}
		final double p = precisionAt(vectors, labels, 10);
		final double card = Double.parseDouble(ModelCardTest.field(Files.readString(ModelCardTest.CARD),
			"Precision@10 " + name));
		System.out.printf("precision@10 %s = %.3f (card %.3f)%n", name, p, card);
		assertTrue(p >= card - MARGIN, name + ": precision@10 " + p + " < card " + card + " - " + MARGIN);
		assertTrue(p > 1.3 * CHANCE, name + ": precision@10 " + p + " not above chance (" + CHANCE + ")");
	}

	/** Mean fraction of each vector's k nearest others (by dot product) that share its label. */
	static double precisionAt(final List<float[]> v, final int[] labels, final int k) {
		double sum = 0;
		for (int q = 0; q < v.size(); q++) {
			final double[] sims = new double[v.size()];
			for (int j = 0; j < v.size(); j++) sims[j] = j == q ? Double.NEGATIVE_INFINITY : dot(v.get(q), v.get(j));
			final int qq = q;
			sum += java.util.stream.IntStream.range(0, v.size()).boxed()
				.sorted((a, b) -> Double.compare(sims[b], sims[a])).limit(k).filter(j -> labels[j] == labels[qq]).count();
		}
		return sum / (k * (double) v.size());
	}

	private static double dot(final float[] a, final float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) s += a[i] * b[i];
		return s;
	}
}
