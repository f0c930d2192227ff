package org.tessera.io.zarr.v2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tessera.io.Axis;
import org.tessera.io.Chunks;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.BufferCodec;
import org.tessera.io.codec.Codec;
import org.tessera.io.zarr.AbstractZarrArray;
import org.tessera.io.zarr.NodePlace;
import org.tessera.io.zarr.ZarrCodecs;
import org.tessera.io.zarr.ZarrJson;

/**
 * A Zarr v2 array: one stored object per chunk, decoded by the compressor then the filters in
 * reverse, in C or F order. Chunks are stored full-size, edge chunks included.
 */
public final class ZarrV2Array extends AbstractZarrArray {

	private final ZarrV2Metadata v2;
	private final Codec compressor;
	private final List<Codec> filters;

	ZarrV2Array(final NodePlace place, final ZarrV2Metadata meta, final List<Axis> axes) throws TesseraIOException {
		super(place, meta, axes, meta.fill());
		this.v2 = meta;
		this.compressor = meta.compressor() == null ? null : codec(meta.compressor(), meta.file());
		final List<Codec> f = new ArrayList<>();
		for (final Object o : meta.filters()) f.add(codec(ZarrJson.object(o, "filters", meta.file()), meta.file()));
		this.filters = List.copyOf(f);
	}

	/** Resolves a numcodecs codec or filter by its {@code id}. */
	static Codec codec(final Map<String, Object> json, final String file) throws TesseraIOException {
		final String id = String.valueOf(json.get("id"));
		if (id.equals("delta")) return DeltaFilter.create(json, file);
		return ZarrCodecs.create(id, json, file);
	}

	/** True when chunks decode with one {@link BufferCodec} (or none) and no filters, in C order. */
	private boolean buffered() {
		return filters.isEmpty() && !v2.fortran() && (compressor == null || compressor instanceof BufferCodec);
	}

	/** The store key of a chunk, relative to the array. */
	public static String chunkKey(final long[] position, final String separator) {
		if (position.length == 0) return "0";
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < position.length; d++) sb.append(d == 0 ? "" : separator).append(position[d]);
		return sb.toString();
	}

	@Override
	protected Object readFullChunk(final long[] position, final Object spare) throws IOException {
		final String key = place.key(chunkKey(position, v2.separator()));
		final int[] full = v2.chunks();
		if (buffered()) {
			final Object data = readBuffered(key, (BufferCodec) compressor, full, v2.dataType().order(), spare);
			return data == null ? filled(full) : data;
		}
		final byte[] stored = place.store().read(key);
		if (stored == null) return filled(full);
		final String file = place.store().describe(key);
		final int count = Chunks.product(full);
		final long expected = (long) count * dtype().size();
		// NB: filters such as delta with another astype change the size; only a bare compressor knows it.
		final int compressed = filters.isEmpty() ? (int) expected : -1;
		byte[] bytes = compressor == null ? stored : decode(compressor, stored, compressed, file);
		for (int i = filters.size() - 1; i >= 0; i--) bytes = decode(filters.get(i), bytes, -1, file);
		checkSize(bytes, expected, full, file);
		final Object data = Chunks.decode(dtype(), bytes, 0, count, v2.dataType().order());
		return v2.fortran() ? Chunks.fortranToC(dtype(), data, full) : data;
	}
}
