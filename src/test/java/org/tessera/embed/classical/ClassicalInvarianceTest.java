package org.tessera.embed.classical;

import org.junit.jupiter.api.Test;
import org.tessera.embed.Plane;
import org.tessera.embed.Textures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classical descriptor keeps a texture's vector under 90° rotation, flips, noise, contrast changes
 * and small crops, while different textures stay apart.
 */
class ClassicalInvarianceTest {

	private static final double SAME = 0.95;

	private static Map<String, Plane> textures() {
		final Map<String, Plane> t = new LinkedHashMap<>();
		t.put("fine stripes", Textures.stripes(256, 256, 7, 0.4));
		t.put("coarse stripes", Textures.stripes(256, 256, 24, 1.0));
		t.put("dots", Textures.dots(256, 256, 16));
		t.put("fine blobs", Textures.blobs(256, 256, 2, 5));
		t.put("coarse blobs", Textures.blobs(256, 256, 9, 6));
		t.put("noise", Textures.noise(256, 256, 7));
		return t;
	}

	private static Map<String, UnaryOperator<Plane>> transforms() {
		final Map<String, UnaryOperator<Plane>> t = new LinkedHashMap<>();
		t.put("rot90", Textures::rot90);
		t.put("flip", Textures::flip);
		t.put("noise 5%", p -> Textures.noisy(p, 0.05, 11));
		t.put("contrast", p -> Textures.contrast(p, 3.5f, -40));
		t.put("crop 8", p -> Textures.crop(p, 8));
		return t;
	}

	@Test
	void transformedTexturesStaySimilar() {
		final List<String> bad = new java.util.ArrayList<>();
		for (final Map.Entry<String, Plane> e : textures().entrySet()) {
			final float[] v = ClassicalEmbedder.describe(e.getValue());
			for (final Map.Entry<String, UnaryOperator<Plane>> t : transforms().entrySet()) {
				final double cos = Textures.cosine(v, ClassicalEmbedder.describe(t.getValue().apply(e.getValue())));
				if (cos <= SAME) bad.add(e.getKey() + " under " + t.getKey() + ": cosine " + cos);
			}
		}
		assertTrue(bad.isEmpty(), bad.toString());
	}

	@Test
	void exactSymmetriesGiveTheSameVector() {
		final Plane p = Textures.dots(200, 200, 13);
		final float[] v = ClassicalEmbedder.describe(p);
		for (final Plane q : List.of(Textures.rot90(p), Textures.flip(p))) {
			assertTrue(Textures.cosine(v, ClassicalEmbedder.describe(q)) > 0.9999);
		}
	}

	@Test
	void differentTexturesStayLower() {
		final List<Map.Entry<String, Plane>> all = List.copyOf(textures().entrySet());
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				final double cos = Textures.cosine(ClassicalEmbedder.describe(all.get(i).getValue()),
					ClassicalEmbedder.describe(all.get(j).getValue()));
				assertTrue(cos < 0.85, all.get(i).getKey() + " vs " + all.get(j).getKey() + ": cosine " + cos);
			}
		}
	}
}
