package org.tessera.io;

import java.util.List;

/**
 * One image pyramid in a container: its group path, a name, and the array names of its levels
 * from finest to coarsest. Per-level calibration is on each level's {@link ChunkedArray#axes()}.
 */
public record Multiscale(String group, String name, List<String> levels) {}
