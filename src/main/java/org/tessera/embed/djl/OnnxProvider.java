package org.tessera.embed.djl;

import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.EmbedderProvider;

import java.nio.file.Path;

/**
 * Makes embedders ({@code "onnx"}) from a model given as {@code EmbedOptions.model}: an {@code .onnx}
 * (or TorchScript {@code .pt}) file, a Tessera descriptor JSON or a bioimage.io {@code rdf.yaml}; run
 * with DJL on ONNX Runtime (PyTorch for TorchScript). The embedder is named after the model.
 */
public final class OnnxProvider implements EmbedderProvider {

	@Override
	public String name() {
		return "onnx";
	}

	@Override
	public String description() {
		return "a neural network model (ONNX; descriptor JSON or bioimage.io rdf.yaml) run with DJL and ONNX "
			+ "Runtime on GPU or CPU; named after the model";
	}

	@Override
	public Embedder create(final EmbedOptions options) throws EmbedException {
		return new DjlEmbedder(ModelDescriptors.load(modelOf(name(), options), "onnx"), options);
	}

	/** The model file in {@code options}. */
	static Path modelOf(final String provider, final EmbedOptions options) throws EmbedException {
		if (options.model() == null) throw new EmbedException(provider
			+ " embedder: no model file given (EmbedOptions.model)");
		return options.model();
	}
}
