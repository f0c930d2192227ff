package org.tessera.export;

import java.util.Map;

/**
 * What an export wrote: DESIGN.md's {@code --json} contract {@code {"target","files","checksums"}}.
 *
 * @param target where the package is (a path, or a repository URL)
 * @param files the number of files in the package
 * @param checksums each file's path in the package to {@code "sha256:<hex>"}
 * @param details exporter-specific facts by stable key, e.g. {@code "object"} and {@code "version"} for OCFL,
 *        {@code "record"} and {@code "published"} for a repository deposit
 */
public record ExportResult(String target, int files, Map<String, String> checksums, Map<String, String> details) {

	public ExportResult {
		checksums = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(checksums));
		details = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(details));
	}

	/** The same result with one more detail. */
	public ExportResult with(final String key, final String value) {
		final Map<String, String> d = new java.util.HashMap<>(details);
		d.put(key, value);
		return new ExportResult(target, files, checksums, d);
	}
}
