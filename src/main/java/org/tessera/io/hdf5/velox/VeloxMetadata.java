package org.tessera.io.hdf5.velox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.TesseraIOException;

/**
 * Velox's per-frame metadata: a {@code Metadata} dataset of bytes (rows, frames) whose column
 * {@code f} holds frame {@code f}'s JSON document, padded with zeros.
 */
final class VeloxMetadata {

	private static final ObjectMapper JSON = new ObjectMapper();

	private VeloxMetadata() {}

	/** The JSON of one frame, parsed; empty when the column is blank. */
	static Optional<Map<String, Object>> frame(final ChunkedArray metadata, final int frame) throws IOException {
		final byte[] bytes = column(metadata, frame);
		int n = 0;
		while (n < bytes.length && bytes[n] != 0) n++;
		if (n == 0) return Optional.empty();
		try {
			return Optional.of(JSON.readValue(new String(bytes, 0, n, StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() {}));
		}
		catch (final IOException e) {
			throw new TesseraIOException.Malformed(metadata.location().toString(), "dataset " + metadata.name()
				+ " frame " + frame + ": invalid metadata JSON (" + e.getMessage() + ")");
		}
	}

	/** A string leaf by dotted path ({@code "Optics.AccelerationVoltage"}), or empty. */
	static Optional<String> get(final Map<String, Object> json, final String path) {
		Object v = json;
		for (final String k : path.split("\\.")) {
			if (!(v instanceof Map<?, ?> m)) return Optional.empty();
			v = m.get(k);
		}
		return v == null || v instanceof Map ? Optional.empty() : Optional.of(v.toString());
	}

	/** A number leaf by dotted path, or empty when missing or not a number. */
	static Optional<Double> number(final Map<String, Object> json, final String path) {
		return get(json, path).flatMap(s -> {
			try {
				return Optional.of(Double.parseDouble(s));
			}
			catch (final NumberFormatException e) {
				// NB: Velox writes numbers as strings; a non-number leaves the value unset.
				return Optional.empty();
			}
		});
	}

	private static byte[] column(final ChunkedArray metadata, final int frame) throws IOException {
		final int rows = (int) metadata.shape()[0];
		final int[] c = metadata.chunkShape();
		final byte[] out = new byte[rows];
		for (long i = 0; i * c[0] < rows; i++) {
			final Chunk chunk = metadata.readChunk(i, frame / c[1]);
			final byte[] data = (byte[]) chunk.data();
			final int cols = chunk.shape()[1];
			for (int r = 0; r < chunk.shape()[0]; r++) out[(int) (i * c[0]) + r] = data[r * cols + frame % c[1]];
		}
		return out;
	}
}
