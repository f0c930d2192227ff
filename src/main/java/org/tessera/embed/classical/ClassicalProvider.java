package org.tessera.embed.classical;

import org.tessera.embed.Embedder;
import org.tessera.embed.EmbedderProvider;
import org.tessera.embed.EmbedOptions;

/** Makes the model-free {@code "classical"} texture descriptor (options are ignored: no model, no device). */
public final class ClassicalProvider implements EmbedderProvider {

	@Override
	public String name() {
		return ClassicalEmbedder.NAME;
	}

	@Override
	public String description() {
		return "64-d texture descriptor (radial spectrum, intensity, gradient and LBP histograms): periodicity, "
			+ "grain and contrast; invariant to 90-degree rotation, flips, noise and contrast; no model";
	}

	@Override
	public Embedder create(final EmbedOptions options) {
		return new ClassicalEmbedder();
	}
}
