package org.tessera.embed.wallpaper;

import org.tessera.embed.AbstractEmbedderTest;
import org.tessera.embed.EmbedOptions;

/** The embedder contract for the shipped {@code "wallpaper"} model (its own model: no bad-model case). */
class WallpaperEmbedderTest extends AbstractEmbedderTest {

	@Override
	protected String providerName() {
		return WallpaperEmbedderProvider.NAME;
	}

	@Override
	protected EmbedOptions options() {
		return new EmbedOptions("cpu", 1, 4, null);
	}

	@Override
	protected boolean usesModel() {
		return false;
	}
}
