package org.tessera.meta;

import java.util.List;
import java.util.Map;

/**
 * The DataCite 4.5 core of a record (https://schema.datacite.org/meta/kernel-4.5/), with Tessera's
 * plain Java types: lists are never null, strings are null when unknown.
 *
 * @param identifier a DOI or other persistent identifier, when the data has one
 * @param creators creator names ("Family, Given" or as recorded)
 * @param titles titles; the first is the main one
 * @param publisher the publisher or facility
 * @param publicationYear the year of publication, or null
 * @param resourceType the resource type general value ("Image", "Dataset") and specific type, e.g. "Image/STEM"
 * @param subjects free keywords
 * @param dates dateType ("Created", "Collected", ...) to ISO 8601 date or date-time
 * @param rights licence or rights statement
 * @param descriptions abstracts or descriptions
 * @param sizes sizes, e.g. "2147483648 bytes", "512 x 512 x 4096"
 * @param formats media types or format names, e.g. "application/x-hdf5", "emd-velox"
 */
public record DataCite(String identifier, List<String> creators, List<String> titles, String publisher,
	Integer publicationYear, String resourceType, List<String> subjects, Map<String, String> dates, String rights,
	List<String> descriptions, List<String> sizes, List<String> formats)
{

	public DataCite {
		creators = copy(creators);
		titles = copy(titles);
		subjects = copy(subjects);
		descriptions = copy(descriptions);
		sizes = copy(sizes);
		formats = copy(formats);
		dates = dates == null ? Map.of() : Map.copyOf(dates);
	}

	private static List<String> copy(final List<String> l) {
		return l == null ? List.of() : List.copyOf(l);
	}
}
