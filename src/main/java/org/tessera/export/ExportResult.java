package org.tessera.export;

import java.util.Map;

/**
 * What an export wrote: DESIGN.md's {@code --json} contract {@code {"target","files","checksums"}}.
 *
 * @param target where the package is (a path, or a repository URL)
 * @param files the number of files in the package
 * @param checksums each file's path in the package to {@code "sha256:<hex>"}
 */
public record ExportResult(String target, int files, Map<String, String> checksums) {

	public ExportResult {
		checksums = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(checksums));
	}
}
