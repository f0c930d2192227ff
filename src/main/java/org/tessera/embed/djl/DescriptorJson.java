package org.tessera.embed.djl;

import com.fasterxml.jackson.databind.JsonNode;
import org.tessera.embed.prep.Normalization;

import java.nio.file.Path;

/**
 * Tessera's own model descriptor, a JSON file beside the model ({@code <model>.json}). Every field but
 * none is optional:
 *
 * <pre>
 * {
 *   "name": "tiny-embed",            // stable embedder name; default: the model file's stem
 *   "version": "1",                  // default "0"
 *   "model": "tiny-embed.onnx",      // weights, relative to this file; default: the model file this
                                   // JSON sits beside (&lt;stem&gt;.onnx or .pt), else &lt;stem&gt;.onnx
 *   "format": "onnx",                // onnx | torchscript; default from the weights' extension
 *   "input": {
 *     "name": "input",               // default: the model's first input
 *     "channels": 1, "height": 128, "width": 128,   // default: from the model
 *     "percentiles": [0.5, 99.5],    // scaled to 0..1; null for no scaling
 *     "standardize": false,          // per-plane zero mean, unit variance
 *     "mean": [0.0], "std": [1.0]    // per channel (or one for all)
 *   },
 *   "output": {
 *     "name": "embedding",           // default: the first output
 *     "l2normalize": true,           // false only when the model normalises itself
 *     "pooling": "mean"              // for 4-D outputs: mean | max | none
 *   }
 * }
 * </pre>
 */
public final class DescriptorJson {

	private DescriptorJson() {}

	/** The descriptor in {@code n}, read from {@code file}; without a {@code model}, the {@code .onnx} of its stem. */
	static ModelDescriptor read(final JsonNode n, final Path file) {
		return read(n, file, file.resolveSibling(ModelDescriptor.stem(file) + ".onnx"));
	}

	/**
	 * The descriptor in {@code n}, read from {@code file}, for {@code fallback} when it names no model
	 * (NB: so one {@code <stem>.json} describes both {@code <stem>.onnx} and {@code <stem>.pt}).
	 */
	static ModelDescriptor read(final JsonNode n, final Path file, final Path fallback) {
		final Path model = n.has("model") ? file.resolveSibling(n.path("model").asText()) : fallback;
		final JsonNode in = n.path("input"), out = n.path("output");
		return new ModelDescriptor(n.path("name").asText(ModelDescriptor.stem(model)), n.path("version").asText("0"),
			model, n.path("format").asText(ModelDescriptor.formatOf(model)), in.path("name").asText(""),
			in.path("channels").asInt(0), in.path("height").asInt(0), in.path("width").asInt(0), normalization(in),
			out.path("name").asText(""), out.path("l2normalize").asBoolean(true), out.path("pooling").asText("mean"));
	}

	private static Normalization normalization(final JsonNode in) {
		final Normalization d = Normalization.DEFAULT;
		final JsonNode p = in.path("percentiles");
		final boolean off = p.isNull();
		return new Normalization(off ? Double.NaN : p.path(0).asDouble(d.lowPercentile()),
			off ? Double.NaN : p.path(1).asDouble(d.highPercentile()), in.path("standardize").asBoolean(false),
			floats(in.path("mean"), d.mean()), floats(in.path("std"), d.std()));
	}

	/** A JSON number or array of numbers as floats; {@code fallback} when missing. */
	static float[] floats(final JsonNode n, final float[] fallback) {
		if (n.isNumber()) return new float[] { n.floatValue() };
		if (!n.isArray() || n.isEmpty()) return fallback;
		final float[] out = new float[n.size()];
		for (int i = 0; i < out.length; i++) out[i] = (float) n.get(i).asDouble();
		return out;
	}
}
