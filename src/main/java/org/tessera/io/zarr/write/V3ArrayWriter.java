package org.tessera.io.zarr.write;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.FillValues;
import org.tessera.io.zarr.v3.CodecChain;
import org.tessera.io.zarr.v3.CodecChains;
import org.tessera.io.zarr.v3.ZarrV3Metadata;

/** Writes Zarr v3 chunks (whole shards for sharded arrays) through the spec's codec list. */
final class V3ArrayWriter extends ZarrArrayWriter {

	private final List<Map<String, Object>> codecs;
	private final CodecChain chain;

	private V3ArrayWriter(final Path dir, final ZarrArraySpec spec, final Object fill,
		final List<Map<String, Object>> codecs) throws TesseraIOException
	{
		super(dir, spec, fill);
		this.codecs = codecs;
		this.chain = CodecChains.parse(codecs, spec.dtype, spec.shape.length, fill, dir.toString());
	}

	static V3ArrayWriter create(final Path dir, final ZarrArraySpec spec) throws TesseraIOException {
		final Object fill = FillValues.parse(spec.fillValue, spec.dtype, dir.toString());
		final String endian = spec.order == ByteOrder.BIG_ENDIAN ? "big" : "little";
		final List<Map<String, Object>> codecs = spec.codecs != null ? spec.codecs
			: List.of(Map.of("name", "bytes", "configuration", Map.of("endian", endian)));
		return new V3ArrayWriter(dir, spec, fill, codecs);
	}

	Map<String, Object> zarrJson() {
		final Map<String, Object> z = new LinkedHashMap<>();
		z.put("zarr_format", 3);
		z.put("node_type", "array");
		z.put("shape", spec.shape);
		z.put("data_type", spec.dtype.name());
		z.put("chunk_grid", Map.of("name", "regular", "configuration", Map.of("chunk_shape", spec.chunks)));
		z.put("chunk_key_encoding", Map.of("name", "default", "configuration", Map.of("separator", separator())));
		z.put("fill_value", spec.fillValue);
		z.put("codecs", codecs);
		if (spec.dimensionNames != null) z.put("dimension_names", spec.dimensionNames);
		z.put("attributes", spec.attributes);
		return z;
	}

	private String separator() {
		return spec.separator == null ? "/" : spec.separator;
	}

	@Override
	protected byte[] encode(final Object full) throws IOException {
		return chain.encode(full, spec.chunks);
	}

	@Override
	protected String chunkKey(final long[] position) {
		return ZarrV3Metadata.chunkKey("c", separator(), position);
	}
}
