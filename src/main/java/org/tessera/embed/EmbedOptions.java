package org.tessera.embed;

import java.nio.file.Path;

/**
 * How to run an embedder.
 *
 * @param device {@code "auto"} (GPU when one is found and loads, else CPU with one log line), {@code "cpu"}
 *        (force CPU) or {@code "gpu"} (fail when none)
 * @param threads intra-op threads for model inference (≥ 1)
 * @param batch planes per inference call (≥ 1)
 * @param model a model file or descriptor ({@code .onnx}, {@code .pt}, a model descriptor JSON or a
 *        bioimage.io {@code rdf.yaml}); null for embedders that need none or ship their own
 */
public record EmbedOptions(String device, int threads, int batch, Path model) {

	public EmbedOptions {
		if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu"))
			throw new IllegalArgumentException("device must be auto, cpu or gpu (got '" + device + "')");
		if (threads < 1 || batch < 1) throw new IllegalArgumentException(
			"threads and batch must be >= 1 (got " + threads + ", " + batch + ")");
	}

	/** Auto device, one thread, batches of 16, no model file. */
	public static final EmbedOptions DEFAULT = new EmbedOptions("auto", 1, 16, null);

	public EmbedOptions withModel(final Path m) {
		return new EmbedOptions(device, threads, batch, m);
	}

	public EmbedOptions withDevice(final String d) {
		return new EmbedOptions(d, threads, batch, model);
	}

	public EmbedOptions withThreads(final int t) {
		return new EmbedOptions(device, t, batch, model);
	}
}
