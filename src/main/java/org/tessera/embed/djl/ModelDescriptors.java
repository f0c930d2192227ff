package org.tessera.embed.djl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.tessera.embed.EmbedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a {@link ModelDescriptor} from any of the files {@code EmbedOptions.model} may name:
 * <ul>
 * <li>a model file ({@code .onnx}, {@code .pt}): the descriptor JSON beside it ({@code <stem>.json})
 * when there is one, else {@link ModelDescriptor#of(Path)};</li>
 * <li>a descriptor JSON (see {@link DescriptorJson} for the format);</li>
 * <li>a bioimage.io {@code rdf.yaml} (format 0.4 or 0.5, see {@link BioimageRdf}).</li>
 * </ul>
 */
public final class ModelDescriptors {

	private ModelDescriptors() {}

	/**
	 * The descriptor for {@code path}.
	 *
	 * @throws EmbedException naming the file when it is missing, unreadable or not a descriptor, or its
	 *         weights file is missing
	 */
	public static ModelDescriptor load(final Path path) throws EmbedException {
		return load(path, "onnx");
	}

	/**
	 * The descriptor for {@code path}, taking a bioimage.io model's {@code prefer}red weights
	 * ({@code "onnx"} or {@code "torchscript"}) when it has several.
	 *
	 * @throws EmbedException as {@link #load(Path)}
	 */
	public static ModelDescriptor load(final Path path, final String prefer) throws EmbedException {
		if (!Files.isRegularFile(path)) throw new EmbedException(path + ": model file not found");
		final String f = path.getFileName().toString().toLowerCase(Locale.ROOT);
		final ModelDescriptor d;
		try {
			if (f.endsWith(".json")) d = DescriptorJson.read(tree(path, new ObjectMapper()), path);
			else if (f.endsWith(".yaml") || f.endsWith(".yml")) d = BioimageRdf.read(tree(path,
				new ObjectMapper(new YAMLFactory())), path, prefer);
			else d = besideModel(path);
		}
		catch (final IllegalArgumentException e) {
			throw new EmbedException(path + ": bad model descriptor: " + e.getMessage(), e);
		}
		if (!Files.isRegularFile(d.model())) throw new EmbedException(path + ": model weights not found: " + d.model());
		return d;
	}

	private static ModelDescriptor besideModel(final Path model) throws EmbedException {
		final Path json = model.resolveSibling(ModelDescriptor.stem(model) + ".json");
		if (!Files.isRegularFile(json)) return ModelDescriptor.of(model);
		final ModelDescriptor d = DescriptorJson.read(tree(json, new ObjectMapper()), json, model);
		if (!d.model().equals(model)) throw new EmbedException(json + ": describes " + d.model() + ", not " + model);
		return d;
	}

	private static JsonNode tree(final Path p, final ObjectMapper m) throws EmbedException {
		final JsonNode n;
		try {
			n = m.readTree(p.toFile());
		}
		catch (final IOException e) {
			throw new EmbedException(p + ": cannot read model descriptor: " + e.getMessage(), e);
		}
		if (n == null || !n.isObject()) throw new EmbedException(p + ": model descriptor is not an object");
		return n;
	}
}
