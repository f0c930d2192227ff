package org.tessera.io.zarr.write;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tessera.io.Chunks;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.Codec;
import org.tessera.io.zarr.FillValues;
import org.tessera.io.zarr.ZarrCodecs;
import org.tessera.io.zarr.v2.V2DataType;
import org.tessera.io.zarr.v2.ZarrV2Array;

/** Writes Zarr v2 chunks: elements in the spec's byte order, C order, then the compressor. */
final class V2ArrayWriter extends ZarrArrayWriter {

	private final Codec compressor;

	private V2ArrayWriter(final Path dir, final ZarrArraySpec spec, final Codec compressor) throws TesseraIOException {
		super(dir, spec, FillValues.parse(spec.fillValue, spec.dtype, dir.toString()));
		this.compressor = compressor;
	}

	static V2ArrayWriter create(final Path dir, final ZarrArraySpec spec) throws TesseraIOException {
		if (spec.compressor == null) return new V2ArrayWriter(dir, spec, null);
		final Map<String, Object> config = new LinkedHashMap<>(spec.compressor);
		// NB: numcodecs' Blosc takes no typesize (it uses the buffer's itemsize); tell our encoder only.
		config.putIfAbsent("typesize", spec.dtype.primitiveSize());
		final String id = String.valueOf(config.get("id"));
		return new V2ArrayWriter(dir, spec, ZarrCodecs.create(id, config, dir.toString()));
	}

	Map<String, Object> zarray() {
		final Map<String, Object> z = new LinkedHashMap<>();
		z.put("zarr_format", 2);
		z.put("shape", spec.shape);
		z.put("chunks", spec.chunks);
		z.put("dtype", V2DataType.spell(spec.dtype, spec.order));
		z.put("compressor", spec.compressor);
		z.put("fill_value", spec.fillValue);
		z.put("order", "C");
		z.put("filters", null);
		z.put("dimension_separator", separator());
		return z;
	}

	private String separator() {
		return spec.separator == null ? "." : spec.separator;
	}

	@Override
	protected byte[] encode(final Object full) throws java.io.IOException {
		final byte[] raw = Chunks.encode(spec.dtype, full, spec.order);
		return compressor == null ? raw : compressor.encode(raw);
	}

	@Override
	protected String chunkKey(final long[] position) {
		return ZarrV2Array.chunkKey(position, separator());
	}
}
