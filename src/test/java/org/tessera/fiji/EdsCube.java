package org.tessera.fiji;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.tessera.io.DType;
import org.tessera.io.zarr.write.ZarrArraySpec;
import org.tessera.io.zarr.write.ZarrArrayWriter;
import org.tessera.io.zarr.write.ZarrWriter;

/**
 * A small EDS-like spectrum image written with {@link ZarrWriter} as OME-Zarr: array {@code 0},
 * uint16 (y, x, E) = (6, 8, 20) in chunks (4, 4, 8) (edge chunks on every axis), y and x 0.5
 * micrometer, E 0.01 keV from -0.25 keV. Its values follow {@link #value} so tests can compute the
 * sum image and the sum spectrum with plain loops.
 */
public final class EdsCube {

	/** Height, width and number of energy channels. */
	public static final int Y = 6, X = 8, E = 20;

	/** The pixel size (micrometer), the energy step and the first channel's energy (keV). */
	public static final double PIXEL = 0.5, DISPERSION = 0.01, E0 = -0.25;

	private static final int[] CHUNKS = { 4, 4, 8 };

	private EdsCube() {}

	/** Counts at (y, x, e): 1..40, varying along every axis. */
	public static int value(final int y, final int x, final int e) {
		return 1 + (3 * y + 5 * x + 7 * e) % 40;
	}

	/** The sum image at (y, x): the sum over the energy axis. */
	public static long sumImage(final int y, final int x) {
		long s = 0;
		for (int e = 0; e < E; e++) s += value(y, x, e);
		return s;
	}

	/** The sum spectrum at channel e: the sum over y and x. */
	public static long spectrum(final int e) {
		long s = 0;
		for (int y = 0; y < Y; y++) {
			for (int x = 0; x < X; x++) s += value(y, x, e);
		}
		return s;
	}

	/** Writes the cube as {@code dir/name} (an OME-Zarr v2 group) and returns its path. */
	public static Path write(final Path dir, final String name) throws IOException {
		final Path root = dir.resolve(name);
		final ZarrWriter zarr = new ZarrWriter(root, 2);
		zarr.createGroup("", Map.of("multiscales", List.of(multiscale())));
		final ZarrArrayWriter w = zarr.createArray("0", new ZarrArraySpec(new long[] { Y, X, E }, CHUNKS, DType.UINT16));
		for (int gy = 0; gy * CHUNKS[0] < Y; gy++) {
			for (int gx = 0; gx * CHUNKS[1] < X; gx++) {
				for (int ge = 0; ge * CHUNKS[2] < E; ge++) w.writeChunk(new long[] { gy, gx, ge }, chunk(gy, gx, ge));
			}
		}
		return root;
	}

	// -- Helper methods --

	private static Map<String, Object> multiscale() {
		return Map.of("version", "0.4", "axes", List.of(axis("y", "space", "micrometer"), axis("x", "space", "micrometer"),
			axis("E", "energy", "keV")), "datasets", List.of(Map.of("path", "0", "coordinateTransformations", List.of(Map.of(
				"type", "scale", "scale", List.of(PIXEL, PIXEL, DISPERSION)), Map.of("type", "translation", "translation", List
					.of(0.0, 0.0, E0))))));
	}

	private static Map<String, Object> axis(final String name, final String type, final String unit) {
		return Map.of("name", name, "type", type, "unit", unit);
	}

	/** One chunk in C order, clipped to the array bounds. */
	private static short[] chunk(final int gy, final int gx, final int ge) {
		final int y0 = gy * CHUNKS[0], x0 = gx * CHUNKS[1], e0 = ge * CHUNKS[2];
		final int ny = Math.min(CHUNKS[0], Y - y0), nx = Math.min(CHUNKS[1], X - x0), ne = Math.min(CHUNKS[2], E - e0);
		final short[] out = new short[ny * nx * ne];
		for (int y = 0; y < ny; y++) {
			for (int x = 0; x < nx; x++) {
				for (int e = 0; e < ne; e++) out[(y * nx + x) * ne + e] = (short) value(y0 + y, x0 + x, e0 + e);
			}
		}
		return out;
	}
}
