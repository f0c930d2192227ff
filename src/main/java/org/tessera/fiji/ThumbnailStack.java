package org.tessera.fiji;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * The thumbnails of a search as one 8-bit stack, slice {@code i + 1} for hit {@code i}, each
 * thumbnail centred on a black slice as big as the largest; slice labels are the hit ids. A hit
 * without a thumbnail gets a black slice labelled "(no thumbnail)".
 */
public final class ThumbnailStack {

	/** The stack's title. */
	public static final String TITLE = "Tessera Search Thumbnails";

	private ThumbnailStack() {}

	/** The stack of {@code hits}; empty when there are no hits. */
	public static Optional<ImagePlus> of(final CatalogHits hits) {
		final List<Optional<ByteProcessor>> thumbs = hits.rows().stream().map(r -> r.thumbnail().map(
			ThumbnailStack::decode)).toList();
		if (thumbs.isEmpty()) return Optional.empty();
		final int w = thumbs.stream().flatMap(Optional::stream).mapToInt(ByteProcessor::getWidth).max().orElse(1);
		final int h = thumbs.stream().flatMap(Optional::stream).mapToInt(ByteProcessor::getHeight).max().orElse(1);
		final ImageStack stack = new ImageStack(w, h);
		for (int i = 0; i < thumbs.size(); i++) {
			final ByteProcessor slice = new ByteProcessor(w, h);
			thumbs.get(i).ifPresent(t -> slice.insert(t, (w - t.getWidth()) / 2, (h - t.getHeight()) / 2));
			final String id = hits.rows().get(i).hit().id();
			stack.addSlice(thumbs.get(i).isPresent() ? id : id + " (no thumbnail)", slice);
		}
		return Optional.of(new ImagePlus(TITLE, stack));
	}

	/** A PNG as 8-bit grey (colour thumbnails are converted). */
	static ByteProcessor decode(final byte[] png) {
		try {
			final BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
			if (img == null) throw new IOException("not a PNG image");
			return img.getType() == BufferedImage.TYPE_BYTE_GRAY ? new ByteProcessor(img)
				: new ColorProcessor(img).convertToByteProcessor();
		}
		catch (final IOException e) {
			throw new UncheckedIOException("catalogue thumbnail (" + png.length + " bytes): " + e.getMessage(), e);
		}
	}
}
