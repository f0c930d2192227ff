package org.tessera.io.hdf5.velox;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.tessera.io.TesseraIOException;
import org.tessera.io.hdf5.Hdf5Container;

/** Sizes of Velox spectrum streams: channels from the stream's settings, pixels from the file's images. */
final class VeloxStreams {

	private static final ObjectMapper JSON = new ObjectMapper();

	private VeloxStreams() {}

	/** The number of channels ({@code bincount} in the stream's AcquisitionSettings; 4096 when absent). */
	static int channels(final Hdf5Container hdf, final String stream) throws IOException {
		final Map<?, ?> s = settings(hdf, stream);
		return s.get("bincount") == null ? 4096 : Integer.parseInt(s.get("bincount").toString().trim());
	}

	/**
	 * The (y, x) size of the spectrum image: NB: like hyperspy, that of the file's images, which
	 * were acquired with it; the stream's raster definition only when the file has no image.
	 */
	static long[] spatialShape(final Hdf5Container hdf, final List<String> images, final String stream) throws IOException {
		if (!images.isEmpty()) {
			final long[] s = hdf.hdf5Array(images.get(0) + "/Data").shape();
			return new long[] { s[0], s[1] };
		}
		final Map<?, ?> raster = (Map<?, ?>) settings(hdf, stream).get("RasterScanDefinition");
		if (raster == null) {
			throw new TesseraIOException.Malformed(hdf.location().toString(), stream + ": no image and no RasterScanDefinition give the spectrum image's size");
		}
		return new long[] { Long.parseLong(raster.get("Height").toString()), Long.parseLong(raster.get("Width").toString()) };
	}

	private static Map<?, ?> settings(final Hdf5Container hdf, final String stream) throws IOException {
		final String path = stream + "/AcquisitionSettings";
		if (!hdf.hasDataset(path)) return Map.of();
		final Object v = hdf.smallValue(path);
		final Object text = v instanceof List<?> l && !l.isEmpty() ? l.get(0) : v;
		try {
			return JSON.readValue(String.valueOf(text), Map.class);
		}
		catch (final IOException e) {
			throw new TesseraIOException.Malformed(hdf.location().toString(), path + ": invalid JSON (" + e.getMessage() + ")");
		}
	}
}
