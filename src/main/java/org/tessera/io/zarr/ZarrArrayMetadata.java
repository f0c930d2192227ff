package org.tessera.io.zarr;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;

/**
 * The parsed metadata of one Zarr array (v2 {@code .zarray} + {@code .zattrs}, or v3
 * {@code zarr.json}): what {@code info} lists, and a factory for the lazy array.
 */
public interface ZarrArrayMetadata {

	/** The shape, C order. */
	long[] shape();

	/** The chunk shape reads are done in, C order (the inner chunk shape for sharded v3 arrays). */
	int[] readChunkShape();

	DType dtype();

	/** Axis names from {@code dimension_names} or xarray's {@code _ARRAY_DIMENSIONS}; empty strings when unnamed. */
	List<String> dimensionNames();

	Map<String, Object> attributes();

	/**
	 * Opens the array for reading. Codecs are resolved here, so an unknown codec is reported when
	 * the array is opened, not when the container is listed.
	 *
	 * @throws org.tessera.io.TesseraIOException.Unsupported naming an unknown codec or filter
	 */
	ChunkedArray open(NodePlace place, List<Axis> axes) throws IOException;

	/** Default axes: the dimension names, uncalibrated (named {@code dim_i} when unnamed). */
	default List<Axis> defaultAxes() {
		final List<String> names = dimensionNames();
		final Axis[] axes = new Axis[shape().length];
		for (int d = 0; d < axes.length; d++) {
			final String n = d < names.size() ? names.get(d) : "";
			axes[d] = Axis.named(n.isEmpty() ? "dim_" + d : n);
		}
		return List.of(axes);
	}
}
