package org.tessera.embed.djl;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.embed.djl.TorchScriptParityTest.planes;
import static org.tessera.embed.djl.TorchScriptParityTest.thrown;

/** TorchScript models from bioimage.io rdf.yaml (0.5), and the errors for weights Tessera cannot run. */
class TorchScriptModelsTest {

	private static final EmbedOptions CPU = new EmbedOptions("cpu", 1, 4, null);

	/** A v0.5 rdf with torchscript and onnx weights of the same network (64 x 64 grey in, 32 out). */
	private static final String RDF = """
		format_version: 0.5.3
		type: model
		name: Tiny Torch
		version: 1.0.1
		inputs:
		  - id: input
		    axes:
		      - {type: batch}
		      - {type: channel, channel_names: [grey]}
		      - {type: space, id: y, size: 64}
		      - {type: space, id: x, size: 64}
		    preprocessing:
		      - id: scale_range
		        kwargs: {min_percentile: 1, max_percentile: 99}
		outputs:
		  - id: embedding
		    axes: [{type: batch}, {type: channel, channel_names: [%s]}]
		weights:
		  onnx: {source: tiny-torch.onnx, opset_version: 13}
		  torchscript: {source: tiny-torch.pt, pytorch_version: "1.13"}
		""";

	@TempDir
	Path dir;

	@Test
	void rdf05TorchscriptWeightsLoadAndMatchItsOnnxWeights() throws IOException {
		TorchModels.model("tiny-torch.pt");
		final Path rdf = copy("tiny-torch.pt", "tiny-torch.onnx").resolve("rdf.yaml");
		Files.writeString(rdf, RDF.formatted("f0"));
		try (Embedder torch = Embedders.create("torchscript", CPU.withModel(rdf));
			Embedder ort = Embedders.create("onnx", CPU.withModel(rdf)))
		{
			assertEquals("tiny-torch", torch.name());
			assertEquals("1.0.1", torch.provenance().get("version"));
			assertEquals("tiny-torch.pt", torch.provenance().get("model.file"));
			assertEquals("PyTorch", torch.provenance().get("engine"));
			assertEquals("tiny-torch.onnx", ort.provenance().get("model.file"));
			final List<float[]> a = torch.embed(planes()), b = ort.embed(planes());
			for (int i = 0; i < a.size(); i++) assertArrayEquals(b.get(i), a.get(i), 1e-4f, "plane " + i);
		}
	}

	@Test
	void stateDictOnlyRdfIsRefused() throws IOException {
		final Path rdf = Files.writeString(dir.resolve("rdf.yaml"), "format_version: 0.5.3\nname: unet\nweights:\n"
			+ "  pytorch_state_dict: {source: weights.pt, architecture: {callable: UNet}}\n");
		assertEquals(rdf + ": bad model descriptor: only pytorch_state_dict weights, which need the model's "
			+ "Python code; convert them to torchscript or onnx (e.g. with bioimageio.core's weight converters)",
			thrown(() -> Embedders.create("torchscript", CPU.withModel(rdf))).getMessage());
	}

	@Test
	void brokenTorchScriptFileIsNamed() throws IOException {
		TorchModels.model("tiny-torch.pt");
		final Path pt = dir.resolve("broken.pt");
		Files.write(pt, Arrays.copyOf(Files.readAllBytes(TorchModels.resource("tiny-torch.pt")), 4096), CREATE_NEW);
		final EmbedException e = thrown(() -> Embedders.create("torchscript", CPU.withModel(pt)));
		assertTrue(e.getMessage().startsWith(pt + ": cannot load the model on cpu(): "), e.getMessage());
	}

	@Test
	void torchScriptWithoutInputSizeAsksForADescriptor() throws IOException {
		TorchModels.model("tiny-torch.pt");
		final Path pt = copy("tiny-torch.pt").resolve("tiny-torch.pt");
		assertEquals(pt + ": input size unknown (give channels, height and width in a model descriptor)",
			thrown(() -> Embedders.create("torchscript", CPU.withModel(pt))).getMessage());
	}

	@Test
	void onnxEmbedderDoesNotStartPyTorch() throws IOException {
		TorchModels.model("tiny-torch.pt");
		try (Embedder ort = Embedders.create("onnx", CPU.withModel(TorchModels.resource("tiny-torch.onnx")))) {
			assertEquals("OnnxRuntime", ort.provenance().get("engine"));
			assertNull(Engine.getEngine("OnnxRuntime").getAlternativeEngine(),
				"no PyTorch behind ONNX Runtime: it fails where libtorch is absent");
		}
	}

	/** Copies test models into the temp folder. */
	private Path copy(final String... files) throws IOException {
		for (final String f : files) Files.copy(TorchModels.resource(f), dir.resolve(f));
		return dir;
	}
}
