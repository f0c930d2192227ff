package org.tessera.embed.djl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.embed.EmbedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model descriptors from Tessera JSON and bioimage.io rdf.yaml 0.4 and 0.5, and their error messages. */
class ModelDescriptorsTest {

	@TempDir
	Path dir;

	@Test
	void rdf04GivesOnnxWeightsShapeMinimumAndPreprocessing() throws IOException {
		final ModelDescriptor d = ModelDescriptors.load(resource("rdf-v04.yaml", "weights.onnx"));
		assertEquals("nuclei-texture-net", d.name());
		assertEquals(dir.resolve("weights.onnx"), d.model());
		assertEquals("onnx", d.format());
		assertEquals("raw", d.inputName());
		assertArrayEquals(new int[] { 1, 64, 64 }, new int[] { d.channels(), d.height(), d.width() });
		assertEquals(1, d.normalization().lowPercentile());
		assertEquals(99.8, d.normalization().highPercentile());
		assertArrayEquals(new float[] { 0.25f }, d.normalization().mean());
		assertArrayEquals(new float[] { 0.5f }, d.normalization().std());
		assertFalse(d.normalization().standardize());
		assertEquals("features", d.outputName());
	}

	@Test
	void rdf05GivesChannelNamesSizesAndPerSampleStandardisation() throws IOException {
		final ModelDescriptor d = ModelDescriptors.load(resource("rdf-v05.yaml", "model.onnx"));
		assertEquals("lattice-embed", d.name());
		assertEquals("1.2.0", d.version());
		assertEquals("image", d.inputName());
		assertArrayEquals(new int[] { 3, 224, 32 }, new int[] { d.channels(), d.height(), d.width() });
		assertTrue(Double.isNaN(d.normalization().lowPercentile()), "no scale_range: no percentile scaling");
		assertTrue(d.normalization().standardize());
		assertEquals("embedding", d.outputName());
	}

	@Test
	void jsonBesideTheModelIsFoundAndDefaultsFillTheRest() throws IOException {
		final Path onnx = Files.createFile(dir.resolve("net.onnx"));
		Files.writeString(dir.resolve("net.json"), "{\"name\": \"My Net\", \"input\": {\"channels\": 3,"
			+ " \"mean\": [0.5, 0.4, 0.3], \"std\": 0.2, \"percentiles\": null}, \"output\": {\"pooling\": \"max\"}}");
		final ModelDescriptor d = ModelDescriptors.load(onnx);
		assertEquals("my-net", d.name());
		assertEquals(onnx, d.model());
		assertEquals(3, d.channels());
		assertEquals(0, d.height(), "open: taken from the model");
		assertTrue(Double.isNaN(d.normalization().lowPercentile()));
		assertArrayEquals(new float[] { 0.2f }, d.normalization().std());
		assertEquals("max", d.pooling());
	}

	@Test
	void bareModelIsNamedAfterItsStem() throws IOException {
		final ModelDescriptor d = ModelDescriptors.load(Files.createFile(dir.resolve("Wallpaper_v2.onnx")));
		assertEquals("wallpaper_v2", d.name());
		assertEquals(99.5, d.normalization().highPercentile());
	}

	// -- Errors name the file and the cause --

	@Test
	void missingWeightsAreNamed() throws IOException {
		final Path rdf = resource("rdf-v05.yaml", null);
		final EmbedException e = assertThrows(EmbedException.class, () -> ModelDescriptors.load(rdf));
		assertEquals(rdf + ": model weights not found: " + dir.resolve("model.onnx"), e.getMessage());
	}

	@Test
	void rdfWithoutUsableWeightsIsRefused() throws IOException {
		final Path rdf = Files.writeString(dir.resolve("rdf.yaml"), "format_version: 0.5.3\nname: x\nweights:\n"
			+ "  keras_hdf5: {source: m.h5}\n");
		final EmbedException e = assertThrows(EmbedException.class, () -> ModelDescriptors.load(rdf));
		assertEquals(rdf + ": bad model descriptor: no onnx or torchscript weights (has [keras_hdf5])", e.getMessage());
	}

	@Test
	void unreadableJsonIsNamed() throws IOException {
		final Path json = Files.writeString(dir.resolve("m.json"), "{\"name\": ");
		final EmbedException e = assertThrows(EmbedException.class, () -> ModelDescriptors.load(json));
		assertTrue(e.getMessage().startsWith(json + ": cannot read model descriptor: "), e.getMessage());
	}

	@Test
	void missingFileIsNamed() {
		final Path p = dir.resolve("nothing.onnx");
		assertEquals(p + ": model file not found",
			assertThrows(EmbedException.class, () -> ModelDescriptors.load(p)).getMessage());
	}

	/** Copies a test resource into the temp folder, with an empty weights file beside it. */
	private Path resource(final String name, final String weights) throws IOException {
		final Path p = dir.resolve(name);
		try (InputStream in = getClass().getResourceAsStream(name)) {
			Files.copy(in, p);
		}
		if (weights != null) Files.createFile(dir.resolve(weights));
		return p;
	}
}
