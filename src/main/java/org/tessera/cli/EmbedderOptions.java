package org.tessera.cli;

import org.tessera.embed.EmbedOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --model FILE}, {@code --device auto|cpu|gpu}, {@code --embed-threads N}: how embedders run. */
final class EmbedderOptions {

	@Option(names = "--model", paramLabel = "FILE", description = "Model file or descriptor for model-backed embedders.")
	Path model;

	@Option(names = "--device", paramLabel = "D", description = "auto (default), cpu or gpu.")
	String device = EmbedOptions.DEFAULT.device();

	@Option(names = "--embed-threads", paramLabel = "N", description = "Inference threads (default 1).")
	int threads = EmbedOptions.DEFAULT.threads();

	/** The options every named embedder is made with. */
	EmbedOptions options() {
		return new EmbedOptions(device, threads, EmbedOptions.DEFAULT.batch(), model);
	}
}
