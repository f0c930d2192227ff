package org.tessera.embed.djl;

import org.tessera.embed.AbstractEmbedderTest;
import org.tessera.embed.EmbedOptions;

/** The embedder contract for the {@code "onnx"} provider with the shared tiny-embed model, batches of 4. */
class OnnxEmbedderTest extends AbstractEmbedderTest {

	@Override
	protected String providerName() {
		return "onnx";
	}

	@Override
	protected EmbedOptions options() {
		return new EmbedOptions("cpu", 1, 4, SharedModels.model("tiny-embed.onnx"));
	}

	@Override
	protected boolean usesModel() {
		return true;
	}
}
