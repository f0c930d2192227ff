package org.tessera.embed.wallpaper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code "wallpaper"} provider: registered under its stable name, extracts the shipped model into a
 * folder named by its hash (byte-identical, idempotent), makes a 128-d embedder named {@code "wallpaper"}
 * whose provenance carries the model card's hash, and says clearly when the onnx engine is absent.
 */
class WallpaperProviderTest {

	static boolean available(final String name) {
		return Embedders.all().stream().anyMatch(p -> p.name().equals(name));
	}

	@Test
	void registeredUnderItsStableName() {
		assertEquals(WallpaperEmbedderProvider.class, Embedders.byName("wallpaper").getClass());
	}

	@Test
	void extractsTheShippedModelByHash(@TempDir final Path cache) throws Exception {
		final Path json = ShippedModel.descriptor(cache);
		final Path onnx = json.resolveSibling("wallpaper-v1.onnx");
		final String sha = ShippedModel.sha256(Files.readAllBytes(onnx));
		assertEquals(ModelCardTest.field(Files.readString(ModelCardTest.CARD), "SHA-256"), sha);
		assertEquals("wallpaper-v1-" + sha.substring(0, 16), json.getParent().getFileName().toString());
		assertTrue(Files.readString(json).contains("\"name\": \"wallpaper\""));
		assertEquals(json, ShippedModel.descriptor(cache), "second extraction reuses the folder");
		try (var files = Files.list(json.getParent())) {
			assertEquals(2, files.count(), "no leftover temporary files");
		}
	}

	@Test
	void embedderIsNamedWallpaperAndRecordsTheShippedModel() throws Exception {
		assumeTrue(available("onnx"), "no onnx embedder here");
		try (Embedder e = Embedders.create("wallpaper", new EmbedOptions("cpu", 1, 4, null))) {
			assertEquals("wallpaper", e.name());
			assertEquals(128, e.dimension());
			assertEquals("1", e.provenance().get("version"));
			assertEquals(ModelCardTest.field(Files.readString(ModelCardTest.CARD), "SHA-256"), e.provenance().get("model.sha256"));
		}
	}

	@Test
	void withoutTheOnnxEngineFailsNamingIt() {
		assumeFalse(available("onnx"), "the onnx embedder is here");
		final EmbedException e = assertThrows(EmbedException.class, () -> Embedders.create("wallpaper", EmbedOptions.DEFAULT));
		assertTrue(e.getMessage().startsWith("wallpaper-v1: the wallpaper model needs the onnx embedder (no embedder named 'onnx'"),
			e.getMessage());
	}
}
