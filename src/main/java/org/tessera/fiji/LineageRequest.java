package org.tessera.fiji;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.tessera.fiji.LineageLookup.Direction;
import org.tessera.lineage.Activity;

/**
 * One "Show Lineage..." request, shared by the command, the plugin and {@code Ext.getLineage}: a blank
 * {@code subject} means the dataset array the current image shows.
 *
 * @param catalog the catalogue folder
 * @param subject a dataset path, a record, entity or activity id, or blank
 * @param direction which way to walk
 */
public record LineageRequest(Path catalog, String subject, Direction direction) {

	/**
	 * The lineage; {@code current} is the image used for a blank subject (may be null).
	 *
	 * @throws IllegalArgumentException when the subject is blank and {@code current} is no Tessera image, or
	 *           nothing is recorded for the subject
	 */
	public List<Activity> activities(final ImagePlus current) throws IOException {
		if (!subject.isBlank()) return LineageLookup.of(catalog, subject, direction);
		return LineageLookup.of(catalog, source(current), direction);
	}

	/** The picture's title. */
	public String title(final ImagePlus current) {
		final String what = subject.isBlank() && current != null ? current.getTitle() : subject.trim();
		return "Lineage of " + what;
	}

	private static DatasetSource source(final ImagePlus current) {
		if (current == null) throw new IllegalArgumentException("no image open: give a dataset path or an id");
		return DatasetSource.of(current).orElseThrow(() -> new IllegalArgumentException("image '" + current.getTitle()
			+ "' was not opened from a dataset (Open Dataset...): give a dataset path or an id"));
	}
}
