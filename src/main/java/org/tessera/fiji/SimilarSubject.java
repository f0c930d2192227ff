package org.tessera.fiji;

import ij.ImagePlus;
import ij.WindowManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.tessera.index.VectorPlanes;
import org.tessera.search.Roi;
import org.tessera.search.SimilarityQuery;
import org.tessera.search.SimilaritySearch;

/**
 * What "Find Similar..." searches with: an open image (by title; blank: the current image), an image
 * file, or a catalogued record id. An image's current slice is embedded as the catalogue embeds arrays
 * (box-averaged to at most {@link VectorPlanes#OVERVIEW} pixels); with an area selection its bounds are searched
 * among the patch documents instead, on a plane reduced like theirs ({@link VectorPlanes#MAX_SIDE}).
 *
 * @param words the subject in words, for titles and the status line
 * @param image the open image, when the subject is one
 */
record SimilarSubject(String words, Optional<ImagePlus> image, Optional<Path> file, Optional<String> id) {

	/**
	 * Resolves {@code titleOrPath}: an open image's title, an existing file, or else a record id.
	 *
	 * @throws IllegalArgumentException when it is blank and no image is open
	 */
	static SimilarSubject of(final String titleOrPath, final ImagePlus current) {
		final String s = titleOrPath == null ? "" : titleOrPath.trim();
		if (s.isEmpty()) {
			if (current == null) throw new IllegalArgumentException("no image open: open one or give an image title, "
				+ "file or record id");
			return image(current);
		}
		final ImagePlus open = WindowManager.getImage(s);
		if (open != null) return image(open);
		if (Files.exists(Path.of(s))) return new SimilarSubject(Path.of(s).getFileName().toString(), Optional.empty(),
			Optional.of(Path.of(s)), Optional.empty());
		return new SimilarSubject(s, Optional.empty(), Optional.empty(), Optional.of(s));
	}

	/** The subject's query of {@code k} hits. */
	SimilarityQuery query(final SimilaritySearch s, final int k) throws IOException {
		if (file.isPresent()) return s.byImage(file.get(), null, k);
		if (id.isPresent()) return s.byId(id.get(), k);
		final ImagePlus imp = image.orElseThrow();
		final Optional<Roi> roi = ImagePlanes.region(imp);
		if (roi.isEmpty()) return s.byPlane(ImagePlanes.of(imp, VectorPlanes.OVERVIEW.maxSize()).plane(), k);
		final ImagePlanes.Sampled p = ImagePlanes.of(imp, VectorPlanes.MAX_SIDE);
		final Roi r = roi.get();
		final int n = p.stride();
		return s.byRegion(p.plane(), new Roi(r.x() / n, r.y() / n, Math.max(1, r.w() / n), Math.max(1, r.h() / n)), k);
	}

	private static SimilarSubject image(final ImagePlus imp) {
		final String words = ImagePlanes.region(imp).map(r -> imp.getTitle() + " [" + r.x() + "," + r.y() + "," + r.w()
			+ "," + r.h() + "]").orElse(imp.getTitle());
		return new SimilarSubject(words, Optional.of(imp), Optional.empty(), Optional.empty());
	}
}
