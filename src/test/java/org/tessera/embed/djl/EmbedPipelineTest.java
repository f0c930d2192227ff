package org.tessera.embed.djl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.EmbedPipeline;
import org.tessera.embed.EmbedPipeline.PlaneSource;
import org.tessera.embed.Embedder;
import org.tessera.embed.Embedders;
import org.tessera.embed.Plane;
import org.tessera.embed.Textures;
import org.tessera.embed.prep.PlaneSelection;
import org.tessera.embed.prep.Planes;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.io.TesseraIOException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedding pipeline gives the vectors of {@link Embedder#embed(List)}, in order, whether it reads
 * ahead on a background thread or not, for a staged (ONNX) and a plain (classical) embedder; a source
 * that fails on the reader thread fails the call with its own exception.
 */
class EmbedPipelineTest {

	@Test
	void prefetchedVectorsEqualDirectEmbedding() throws IOException {
		final List<Plane> planes = planes(11);
		try (DjlEmbedder e = new DjlEmbedder(ModelDescriptor.of(SharedModels.model("tiny-embed.onnx")),
			new EmbedOptions("cpu", 1, 4, null)))
		{
			assertSameVectors(e, planes);
		}
		try (Embedder e = Embedders.create("classical", new EmbedOptions("cpu", 1, 4, null))) {
			assertSameVectors(e, planes);
		}
	}

	private static void assertSameVectors(final Embedder e, final List<Plane> planes) throws IOException {
		final List<float[]> want = e.embed(planes);
		final List<PlaneSource> sources = planes.stream().<PlaneSource>map(p -> () -> p).toList();
		for (final int prefetch : new int[] { 0, 1, 2 }) {
			final List<float[]> got = EmbedPipeline.embed(e, sources, 4, prefetch);
			assertEquals(planes.size(), got.size());
			for (int i = 0; i < want.size(); i++) assertArrayEquals(want.get(i), got.get(i), e.name() + " plane " + i);
		}
	}

	@Test
	void aMissingDatasetFailsTheCallWithItsName(@TempDir final Path dir) throws IOException {
		final Path missing = dir.resolve("gone.zarr");
		final List<PlaneSource> sources = new ArrayList<>(planes(6).stream().<PlaneSource>map(p -> () -> p).toList());
		sources.add(() -> {
			try (Container c = FormatReaders.open(missing)) {
				return Planes.read(c, Containers.array(c, null), PlaneSelection.whole(64));
			}
		});
		try (Embedder e = Embedders.create("classical", new EmbedOptions("cpu", 1, 2, null))) {
			for (final int prefetch : new int[] { 0, 2 }) {
				final TesseraIOException x = assertThrows(TesseraIOException.class,
					() -> EmbedPipeline.embed(e, sources, 2, prefetch));
				assertTrue(x.getMessage().contains("gone.zarr"), x.getMessage());
			}
		}
	}

	private static List<Plane> planes(final int n) {
		final List<Plane> out = new ArrayList<>();
		for (int i = 0; i < n; i++) out.add(Textures.stripes(96 + 7 * i, 80, 4 + i, 0.3 * i));
		return out;
	}
}
