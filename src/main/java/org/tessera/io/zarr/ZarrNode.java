package org.tessera.io.zarr;

import java.util.Map;

/**
 * One node of a Zarr hierarchy as found on disk or in consolidated metadata.
 *
 * @param path the node's path relative to the opened root ({@code ""} for the root)
 * @param format 2 or 3
 * @param array true for an array, false for a group
 * @param json the array's {@code .zarray} or {@code zarr.json} (for groups, v3 {@code zarr.json} or empty)
 * @param attributes the node's user attributes ({@code .zattrs} or v3 {@code attributes})
 * @param file the metadata file, for messages
 */
public record ZarrNode(String path, int format, boolean array, Map<String, Object> json,
	Map<String, Object> attributes, String file) {}
