package org.tessera.embed.djl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedders;
import org.tessera.embed.Plane;
import org.tessera.embed.Textures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PyTorch through DJL runs the TorchScript tiny-torch.pt (made by Debian's torch 1.13) as eager PyTorch
 * did, and agrees with ONNX Runtime on the ONNX export of the same weights, on raw tensors and end to end.
 */
class TorchScriptParityTest {

	private static final float TOLERANCE = 1e-4f;
	private static final EmbedOptions CPU = new EmbedOptions("cpu", 1, 4, null);

	@Test
	void referenceInputGivesReferenceOutput() throws Exception {
		final Path pt = TorchModels.model("tiny-torch.pt");
		final RawTensor expected = Npy.read(TorchModels.resource("tiny-torch.ref_output.npy"));
		try (DjlEmbedder e = new DjlEmbedder(ModelDescriptors.load(pt), CPU)) {
			final RawTensor out = e.infer(reference());
			assertArrayEquals(new long[] { 2, 32 }, out.shape());
			assertArrayEquals(expected.data(), out.data(), TOLERANCE);
			assertEquals("PyTorch", e.provenance().get("engine"));
			assertEquals("torchscript", e.provenance().get("model.format"));
			assertEquals("tiny-torch", e.name());
			assertEquals(32, e.dimension());
		}
	}

	@Test
	void torchScriptAgreesWithTheOnnxExportOfTheSameWeights() throws Exception {
		final Path pt = TorchModels.model("tiny-torch.pt"), onnx = TorchModels.resource("tiny-torch.onnx");
		try (DjlEmbedder torch = new DjlEmbedder(ModelDescriptors.load(pt), CPU);
			DjlEmbedder ort = new DjlEmbedder(ModelDescriptors.load(onnx), CPU))
		{
			assertEquals("OnnxRuntime", ort.provenance().get("engine"));
			assertArrayEquals(ort.infer(reference()).data(), torch.infer(reference()).data(), TOLERANCE);
			final List<float[]> a = torch.embed(planes()), b = ort.embed(planes());
			for (int i = 0; i < a.size(); i++) assertArrayEquals(b.get(i), a.get(i), TOLERANCE, "plane " + i);
		}
	}

	@Test
	void threadsSizePyTorchsIntraOpPool() throws Exception {
		final Path pt = TorchModels.model("tiny-torch.pt");
		try (DjlEmbedder e = new DjlEmbedder(ModelDescriptors.load(pt), CPU.withThreads(2))) {
			assertEquals(2, TorchThreads.current());
			assertEquals("2", e.provenance().get("threads"));
		}
		try (DjlEmbedder e = new DjlEmbedder(ModelDescriptors.load(pt), CPU)) {
			assertEquals(1, TorchThreads.current(), "process-wide: the last embedder made sets it");
		}
	}

	@Test
	void onnxModelIsRefusedByTheTorchScriptProvider() {
		final Path onnx = TorchModels.resource("tiny-torch.onnx");
		final EmbedException e = thrown(() -> Embedders.create("torchscript", CPU.withModel(onnx)));
		assertEquals(onnx + ": not a TorchScript model (format onnx; the 'onnx' embedder runs it)", e.getMessage());
	}

	// -- Helpers --

	static RawTensor reference() throws IOException {
		return Npy.read(TorchModels.resource("tiny-torch.ref_input.npy"));
	}

	static List<Plane> planes() {
		return List.of(Textures.stripes(200, 150, 9, 0.3), Textures.dots(128, 128, 12), Textures.blobs(96, 160, 4, 1),
			Textures.noise(64, 64, 2));
	}

	/** The EmbedException {@code x} throws. */
	static EmbedException thrown(final Executable x) {
		return assertThrows(EmbedException.class, x);
	}
}
