package org.tessera.embed.djl;

import com.fasterxml.jackson.databind.JsonNode;
import org.tessera.embed.prep.Normalization;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of a bioimage.io model {@code rdf.yaml} (format 0.4 and 0.5) that an embedder needs:
 * {@code name} and {@code version}, the preferred (else {@code onnx}, else {@code torchscript}) weights'
 * {@code source} ({@code pytorch_state_dict} alone is refused: it needs Python code),
 * the first input's name ({@code name} in 0.4, {@code id} in 0.5), channels and spatial size (0.4: the
 * {@code axes} letters and {@code shape}, a list or the {@code min} of a parametrised shape; 0.5: the
 * {@code axes} list, {@code channel_names} and {@code size}), its preprocessing ({@code scale_range},
 * {@code zero_mean_unit_variance}, {@code fixed_zero_mean_unit_variance}, {@code scale_linear}) and the
 * first output's name. Missing optional fields take defaults; sizes that refer to other tensors are
 * taken from the model.
 */
public final class BioimageRdf {

	private BioimageRdf() {}

	/** The descriptor in {@code n}, read from {@code file}, for the {@code prefer}red weights if it has them. */
	static ModelDescriptor read(final JsonNode n, final Path file, final String prefer) {
		final boolean v5 = n.path("format_version").asText("0.4").startsWith("0.5");
		final JsonNode weights = n.path("weights");
		final String format = weightsFormat(weights, prefer);
		final Path model = file.resolveSibling(weights.path(format).path("source").asText());
		final JsonNode in = n.path("inputs").path(0), out = n.path("outputs").path(0);
		final String key = v5 ? "id" : "name";
		final int[] chw = v5 ? Axes05.sizes(in.path("axes")) : sizes04(in);
		return new ModelDescriptor(n.path("name").asText(ModelDescriptor.stem(model)), n.path("version").asText("0"),
			model, format, in.path(key).asText(""), chw[0], chw[1], chw[2], preprocessing(in.path("preprocessing"), v5),
			out.path(key).asText(""), true, "mean");
	}

	/** {@code prefer} when the rdf has those weights, else onnx, else torchscript. */
	private static String weightsFormat(final JsonNode weights, final String prefer) {
		if (weights.has(prefer)) return prefer;
		if (weights.has("onnx")) return "onnx";
		if (weights.has("torchscript")) return "torchscript";
		// NB: a state dict is only weights; rebuilding the network needs its Python class (architecture).
		if (weights.has("pytorch_state_dict")) throw new IllegalArgumentException("only pytorch_state_dict "
			+ "weights, which need the model's Python code; convert them to torchscript or onnx (e.g. with "
			+ "bioimageio.core's weight converters)");
		throw new IllegalArgumentException("no onnx or torchscript weights (has " + fieldNames(weights) + ")");
	}

	// -- Format 0.4 --

	/** Channels, height and width from {@code axes} ("bcyx") and {@code shape} (list, or {@code min}). */
	private static int[] sizes04(final JsonNode in) {
		final String axes = in.path("axes").asText("bcyx");
		final JsonNode shape = in.path("shape").isArray() ? in.path("shape") : in.path("shape").path("min");
		final int c = axes.indexOf('c');
		return new int[] { c < 0 ? 1 : shape.path(c).asInt(0), shape.path(axes.indexOf('y')).asInt(0),
			shape.path(axes.indexOf('x')).asInt(0) };
	}

	// -- Preprocessing (both formats) --

	private static Normalization preprocessing(final JsonNode steps, final boolean v5) {
		double lo = Double.NaN, hi = Double.NaN;
		boolean standardize = false;
		float[] mean = { 0 }, std = { 1 };
		for (final JsonNode s : steps) {
			final String op = s.path(v5 ? "id" : "name").asText();
			final JsonNode k = s.path("kwargs");
			switch (op) {
				case "scale_range" -> {
					lo = k.path("min_percentile").asDouble(0);
					hi = k.path("max_percentile").asDouble(100);
				}
				case "zero_mean_unit_variance", "fixed_zero_mean_unit_variance" -> {
					if (op.startsWith("fixed") || k.path("mode").asText().equals("fixed")) {
						mean = DescriptorJson.floats(k.path("mean"), mean);
						std = DescriptorJson.floats(k.path("std"), std);
					}
					else standardize = true;
				}
				case "scale_linear" -> {
					final float[] gain = DescriptorJson.floats(k.path("gain"), new float[] { 1 });
					final float[] offset = DescriptorJson.floats(k.path("offset"), new float[] { 0 });
					mean = new float[] { -offset[0] / gain[0] };
					std = new float[] { 1 / gain[0] };
				}
				default -> throw new IllegalArgumentException("unsupported input preprocessing '" + op + "'");
			}
		}
		return new Normalization(lo, hi, standardize, mean, std);
	}

	private static List<String> fieldNames(final JsonNode n) {
		final List<String> out = new ArrayList<>();
		n.fieldNames().forEachRemaining(out::add);
		return out;
	}

	/** Format 0.5 axes: a list of {@code {type, id, size, channel_names}} objects. */
	private static final class Axes05 {

		/** Channels (1 without a channel axis), height and width; 0 where the size is a reference. */
		static int[] sizes(final JsonNode axes) {
			final int[] chw = { 1, 0, 0 };
			for (final JsonNode a : axes) {
				final String type = a.path("type").asText(), id = a.path("id").asText(type);
				if (type.equals("channel")) chw[0] = a.has("channel_names") ? a.path("channel_names").size() : size(a);
				else if (type.equals("space") && id.equals("y")) chw[1] = size(a);
				else if (type.equals("space") && id.equals("x")) chw[2] = size(a);
			}
			return chw;
		}

		/** A fixed size, the {@code min} of a parametrised one, or 0 for a reference to another tensor. */
		private static int size(final JsonNode a) {
			final JsonNode s = a.path("size");
			return s.isNumber() ? s.asInt() : s.path("min").asInt(0);
		}
	}
}
