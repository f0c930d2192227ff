package org.tessera.embed.classical;

import org.tessera.embed.AbstractEmbedderTest;
import org.tessera.embed.EmbedOptions;

/** The embedder contract for the model-free {@code "classical"} descriptor. */
class ClassicalEmbedderTest extends AbstractEmbedderTest {

	@Override
	protected String providerName() {
		return "classical";
	}

	@Override
	protected EmbedOptions options() {
		return EmbedOptions.DEFAULT;
	}

	@Override
	protected boolean usesModel() {
		return false;
	}
}
