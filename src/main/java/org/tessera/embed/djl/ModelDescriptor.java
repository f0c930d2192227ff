package org.tessera.embed.djl;

import org.tessera.embed.prep.InputTransform;
import org.tessera.embed.prep.Normalization;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What Tessera needs to know to run a model as an embedder: where its weights are, what it is called,
 * what input it takes and how to turn its output into a vector. Read by {@link ModelDescriptors} from
 * Tessera's own JSON, a bioimage.io {@code rdf.yaml}, or a bare model file.
 *
 * @param name the stable embedder name (lower case letters, digits, {@code . _ -}): one vector field per name
 * @param version the model's version
 * @param model the weights file
 * @param format {@code "onnx"} or {@code "torchscript"}
 * @param inputName the model's input tensor, or empty for its first
 * @param channels input channels, or 0 to take it from the model
 * @param height input rows, or 0 to take it from the model
 * @param width input columns, or 0 to take it from the model
 * @param normalization value scaling of the input
 * @param outputName the output tensor, or empty for the first
 * @param l2Normalize whether Tessera L2-normalises the output (false only for models that do it themselves)
 * @param pooling for a 4-D output [N, C, H, W]: {@code "mean"} or {@code "max"} over H and W; {@code "none"}
 *        flattens every output to one vector
 */
public record ModelDescriptor(String name, String version, Path model, String format, String inputName,
	int channels, int height, int width, Normalization normalization, String outputName, boolean l2Normalize,
	String pooling)
{

	public ModelDescriptor {
		name = stableName(name);
		if (name.isEmpty()) throw new IllegalArgumentException(model + ": model descriptor has no usable name");
		if (!format.equals("onnx") && !format.equals("torchscript")) throw new IllegalArgumentException(
			model + ": unsupported model format '" + format + "' (onnx or torchscript)");
		if (!pooling.equals("none") && !pooling.equals("mean") && !pooling.equals("max")) throw new IllegalArgumentException(
			model + ": unknown pooling '" + pooling + "' (none, mean or max)");
	}

	/** A descriptor for a bare model file: named after its stem, sizes from the model, default scaling. */
	public static ModelDescriptor of(final Path model) {
		return new ModelDescriptor(stem(model), "0", model, formatOf(model), "", 0, 0, 0, Normalization.DEFAULT, "",
			true, "mean");
	}

	/** The same descriptor with the input shape the model reports filled in where it was 0. */
	public ModelDescriptor withInputShape(final String input, final int c, final int h, final int w) {
		return new ModelDescriptor(name, version, model, format, inputName.isEmpty() ? input : inputName,
			channels > 0 ? channels : c, height > 0 ? height : h, width > 0 ? width : w, normalization, outputName,
			l2Normalize, pooling);
	}

	/** The same descriptor with another input normalisation. */
	public ModelDescriptor withNormalization(final Normalization n) {
		return new ModelDescriptor(name, version, model, format, inputName, channels, height, width, n, outputName,
			l2Normalize, pooling);
	}

	/** The preprocessing for this model (sizes must be known). */
	public InputTransform transform() {
		return new InputTransform(width, height, channels, normalization);
	}

	// -- Helpers --

	/** A name safe as a field name: lower case, runs of other characters become one '-'. */
	static String stableName(final String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
	}

	static String stem(final Path p) {
		final String f = p.getFileName().toString();
		final int dot = f.lastIndexOf('.');
		return dot > 0 ? f.substring(0, dot) : f;
	}

	/** {@code "torchscript"} for {@code .pt}/{@code .pth}/{@code .torchscript} files, else {@code "onnx"}. */
	static String formatOf(final Path p) {
		final String f = p.getFileName().toString().toLowerCase(Locale.ROOT);
		return f.endsWith(".pt") || f.endsWith(".pth") || f.endsWith(".torchscript") ? "torchscript" : "onnx";
	}
}
