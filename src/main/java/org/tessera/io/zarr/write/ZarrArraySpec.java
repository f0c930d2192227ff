package org.tessera.io.zarr.write;

import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.DType;

/**
 * What {@link ZarrWriter#createArray} creates: shape, chunks and data type are required, the rest
 * optional ({@code opt*}, returning this). For v2 the compressor is a numcodecs JSON object; for
 * v3 {@code codecs} is the full codec list (default: {@code bytes} in the byte order).
 */
public final class ZarrArraySpec {

	final long[] shape;
	final int[] chunks;
	final DType dtype;
	ByteOrder order = ByteOrder.LITTLE_ENDIAN;
	Map<String, Object> compressor;
	List<Map<String, Object>> codecs;
	Object fillValue = 0;
	Map<String, Object> attributes = new LinkedHashMap<>();
	String separator;
	List<String> dimensionNames;

	public ZarrArraySpec(final long[] shape, final int[] chunks, final DType dtype) {
		if (shape.length != chunks.length) throw new IllegalArgumentException("shape and chunks differ in length");
		if (!dtype.isNumeric()) throw new IllegalArgumentException("cannot write data type " + dtype);
		this.shape = shape.clone();
		this.chunks = chunks.clone();
		this.dtype = dtype;
	}

	/** Byte order of stored elements (v2 dtype prefix, v3 default {@code bytes} codec). */
	public ZarrArraySpec optOrder(final ByteOrder o) {
		order = o;
		return this;
	}

	/** v2 compressor, e.g. {@code Map.of("id", "zstd", "level", 3)}; null for none. */
	public ZarrArraySpec optCompressor(final Map<String, Object> c) {
		compressor = c;
		return this;
	}

	/** v3 codec list as JSON-like maps ({@code name}, {@code configuration}), sharding included. */
	public ZarrArraySpec optCodecs(final List<Map<String, Object>> c) {
		codecs = c;
		return this;
	}

	/** The fill value as JSON ({@code 0}, {@code "NaN"}, {@code [re, im]}, ...). */
	public ZarrArraySpec optFillValue(final Object f) {
		fillValue = f;
		return this;
	}

	public ZarrArraySpec optAttributes(final Map<String, Object> a) {
		attributes = new LinkedHashMap<>(a);
		return this;
	}

	/** Chunk key separator: v2 default {@code "."}, v3 default {@code "/"}. */
	public ZarrArraySpec optSeparator(final String s) {
		separator = s;
		return this;
	}

	/** Axis names (v3 {@code dimension_names}, v2 {@code _ARRAY_DIMENSIONS}). */
	public ZarrArraySpec optDimensionNames(final List<String> names) {
		dimensionNames = List.copyOf(names);
		return this;
	}
}
