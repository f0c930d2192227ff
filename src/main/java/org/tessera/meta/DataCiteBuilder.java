package org.tessera.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutable {@link DataCite} for the generic part and the extractors. */
public final class DataCiteBuilder {

	public String identifier, publisher, resourceType, rights;
	public Integer publicationYear;
	public final List<String> creators = new ArrayList<>(), titles = new ArrayList<>(), subjects = new ArrayList<>(),
		descriptions = new ArrayList<>(), sizes = new ArrayList<>(), formats = new ArrayList<>();
	public final Map<String, String> dates = new LinkedHashMap<>();
	/** NB: true while the titles are only the generic "file name + array" ones; a real title replaces them. */
	public boolean defaultTitles;

	/** A builder holding the fields of {@code d}. */
	public static DataCiteBuilder from(final DataCite d) {
		final DataCiteBuilder b = new DataCiteBuilder();
		b.identifier = d.identifier();
		b.publisher = d.publisher();
		b.resourceType = d.resourceType();
		b.rights = d.rights();
		b.publicationYear = d.publicationYear();
		b.creators.addAll(d.creators());
		b.titles.addAll(d.titles());
		b.subjects.addAll(d.subjects());
		b.descriptions.addAll(d.descriptions());
		b.sizes.addAll(d.sizes());
		b.formats.addAll(d.formats());
		b.dates.putAll(d.dates());
		return b;
	}

	/** Sets the main title (a found title replaces the generic ones). */
	public DataCiteBuilder title(final String t) {
		if (t == null || t.isBlank()) return this;
		if (defaultTitles) titles.clear();
		defaultTitles = false;
		if (!titles.contains(t.trim())) titles.add(0, t.trim());
		return this;
	}

	/** Adds a non-blank value to a list once. */
	public static void add(final List<String> list, final String v) {
		if (v != null && !v.isBlank() && !list.contains(v.trim())) list.add(v.trim());
	}

	/** The immutable DataCite core. */
	public DataCite build() {
		return new DataCite(identifier, creators, titles, publisher, publicationYear, resourceType, subjects, dates, rights,
			descriptions, sizes, formats);
	}
}
