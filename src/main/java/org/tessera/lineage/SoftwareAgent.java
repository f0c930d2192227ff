package org.tessera.lineage;

import java.util.Map;

/**
 * The software that ran an activity.
 *
 * @param name {@code "Tessera"}
 * @param version Tessera's version
 * @param commit the git commit Tessera was built from, or {@code "unknown"}
 * @param java {@code java.version} and vendor
 * @param os {@code os.name}, version and arch
 * @param components stable plugin names and versions that took part, e.g. {@code "reader.zarr" → "0.1.0"},
 *        {@code "embedder.wallpaper" → "1"}, {@code "model.sha256" → "<hex>"}
 */
public record SoftwareAgent(String name, String version, String commit, String java, String os,
	Map<String, String> components)
{}
