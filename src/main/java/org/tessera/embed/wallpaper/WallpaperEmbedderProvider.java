package org.tessera.embed.wallpaper;

import org.tessera.embed.EmbedException;
import org.tessera.embed.EmbedOptions;
import org.tessera.embed.Embedder;
import org.tessera.embed.EmbedderProvider;
import org.tessera.embed.Embedders;

/**
 * Makes the {@code "wallpaper"} embedder: Tessera's shipped wallpaper-symmetry CNN (128-d, trained on
 * synthetic plane-group lattices, particles, textures and diffraction patterns; see
 * {@code models/wallpaper/MODEL_CARD.md}), run by the {@code "onnx"} embedder from the copy that
 * {@link ShippedModel} extracts. {@link EmbedOptions#model()} is ignored; device, threads and batch apply.
 */
public final class WallpaperEmbedderProvider implements EmbedderProvider {

	/** The stable name. */
	public static final String NAME = "wallpaper";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "shipped 128-d wallpaper-symmetry CNN (ONNX): lattice symmetry, periodicity, particles vs textures "
			+ "vs diffraction; trained on synthetic images only";
	}

	@Override
	public Embedder create(final EmbedOptions options) throws EmbedException {
		final EmbedderProvider onnx;
		try {
			onnx = Embedders.byName("onnx");
		}
		catch (final IllegalArgumentException e) {
			throw new EmbedException(ShippedModel.STEM + ": the wallpaper model needs the onnx embedder (" + e.getMessage() + ")", e);
		}
		return onnx.create(options.withModel(ShippedModel.descriptor(ShippedModel.defaultCache())));
	}
}
