package org.tessera.embed.djl;

import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.EmbedderProvider;

/**
 * Makes embedders ({@code "torchscript"}) from a TorchScript model given as {@code EmbedOptions.model}:
 * a {@code .pt}/{@code .torchscript} file with a Tessera descriptor JSON beside it (TorchScript files do
 * not record their input size), a descriptor JSON, or a bioimage.io {@code rdf.yaml} with
 * {@code torchscript} weights; run with DJL's PyTorch engine on GPU or CPU. The embedder is named after
 * the model.
 * <p>
 * NB: the libtorch natives ({@code ai.djl.pytorch:pytorch-native-cpu}) are not shipped with the plugin;
 * without them making an embedder fails with a message that says how to add them.
 * </p>
 */
public final class TorchScriptProvider implements EmbedderProvider {

	@Override
	public String name() {
		return "torchscript";
	}

	@Override
	public String description() {
		return "a TorchScript model (.pt with a descriptor JSON, or bioimage.io rdf.yaml) run with DJL and "
			+ "PyTorch on GPU or CPU; named after the model";
	}

	@Override
	public Embedder create(final EmbedOptions options) throws EmbedException {
		final ModelDescriptor d = ModelDescriptors.load(OnnxProvider.modelOf(name(), options), "torchscript");
		if (!ModelLoading.isTorch(d)) throw new EmbedException(options.model() + ": not a TorchScript model (format "
			+ d.format() + "; the 'onnx' embedder runs it)");
		return new DjlEmbedder(d, options);
	}
}
