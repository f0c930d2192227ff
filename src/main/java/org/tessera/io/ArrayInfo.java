package org.tessera.io;

import java.util.List;

/**
 * What {@code info} lists about one array without reading pixels: its internal path, C-order
 * shape and chunk shape, data type and axes.
 */
public record ArrayInfo(String name, long[] shape, DType dtype, int[] chunks, List<Axis> axes) {}
