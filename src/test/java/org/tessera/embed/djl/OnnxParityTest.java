package org.tessera.embed.djl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.embed.EmbedOptions;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** ONNX Runtime through DJL reproduces PyTorch's reference outputs of the shared models within 1e-4. */
class OnnxParityTest {

	@ParameterizedTest
	@ValueSource(strings = { "tiny-embed", "resnet18-random" })
	void referenceInputGivesReferenceOutput(final String name) throws Exception {
		final Path onnx = SharedModels.model(name + ".onnx");
		final RawTensor in = Npy.read(onnx.resolveSibling(name + ".ref_input.npy"));
		final RawTensor expected = Npy.read(onnx.resolveSibling(name + ".ref_output.npy"));
		try (DjlEmbedder e = new DjlEmbedder(ModelDescriptors.load(onnx), EmbedOptions.DEFAULT.withDevice("cpu"))) {
			final RawTensor out = e.infer(in);
			assertArrayEquals(expected.shape(), out.shape());
			assertArrayEquals(expected.data(), out.data(), 1e-4f);
			assertEquals(name, e.name());
		}
	}
}
