package org.tessera.embed.djl;

import org.tessera.embed.AbstractEmbedderTest;
import org.tessera.embed.EmbedOptions;

/** The embedder contract for the {@code "torchscript"} provider with the test tiny-torch.pt, batches of 4. */
class TorchScriptEmbedderTest extends AbstractEmbedderTest {

	@Override
	protected String providerName() {
		return "torchscript";
	}

	@Override
	protected EmbedOptions options() {
		return new EmbedOptions("cpu", 1, 4, TorchModels.model("tiny-torch.pt"));
	}

	@Override
	protected boolean usesModel() {
		return true;
	}
}
