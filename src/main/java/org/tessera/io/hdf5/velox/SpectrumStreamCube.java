package org.tessera.io.hdf5.velox;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;

/**
 * A Velox EDS spectrum image: the (y, x, channel) uint16 cube of X-ray counts, summed over frames
 * and over the detectors' spectrum streams, as hyperspy's default does.
 * <p>
 * Each {@code SpectrumStream/<id>/Data} is a packed list of events: a value below 65535 is one count
 * in that channel at the current pixel, 65535 moves to the next pixel, and the pixel index wraps
 * to the next frame after {@code y * x} pixels. The stream cannot be addressed by pixel, so NB: the
 * whole cube is decoded once, on the first {@link #readChunk}, and kept; cubes larger than
 * {@link #MAX_BYTES} (system property {@code tessera.velox.maxCubeBytes}, default 1 GiB) are refused.
 * Chunks are then row slabs of the cube. Thread-safe.
 * </p>
 */
final class SpectrumStreamCube extends AbstractChunkedArray {

	/** The largest cube decoded, in bytes. */
	static final long MAX_BYTES = Long.getLong("tessera.velox.maxCubeBytes", 1L << 30);

	private static final int SEPARATOR = 65535;

	private final List<ChunkedArray> streams;
	private volatile short[] cube;

	SpectrumStreamCube(final String name, final List<ChunkedArray> streams, final int ny, final int nx, final int channels,
		final List<Axis> axes, final Map<String, Object> attributes)
	{
		super(name, streams.get(0).location(), new long[] { ny, nx, channels }, slab(ny, nx, channels), DType.UINT16, axes, attributes);
		this.streams = List.copyOf(streams);
	}

	/** Row slabs of about 4 MB. */
	private static int[] slab(final int ny, final int nx, final int channels) {
		final long row = (long) nx * channels * 2;
		return new int[] { (int) Math.max(1, Math.min(ny, (4L << 20) / Math.max(1, row))), nx, channels };
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		checkPosition(position);
		final long[] shape = shape();
		final int[] chunkShape = chunkShape();
		final short[] all = decoded();
		final int row = chunkShape[1] * chunkShape[2];
		final int first = (int) position[0] * chunkShape[0];
		final int rows = (int) Math.min(chunkShape[0], shape[0] - first);
		final short[] out = Arrays.copyOfRange(all, first * row, (first + rows) * row);
		return new Chunk(position.clone(), new int[] { rows, chunkShape[1], chunkShape[2] }, out);
	}

	// -- Helper methods --

	private short[] decoded() throws IOException {
		short[] c = cube;
		if (c != null) return c;
		synchronized (this) {
			if (cube == null) cube = decode();
			return cube;
		}
	}

	private short[] decode() throws IOException {
		final long[] shape = shape();
		final long bytes = shape[0] * shape[1] * shape[2] * 2;
		if (bytes > MAX_BYTES) {
			throw new TesseraIOException.Unsupported(location().toString(), "spectrum image " + name() + " " + Arrays.toString(shape)
				+ " needs " + bytes + " bytes decoded, more than the limit of " + MAX_BYTES + " (system property tessera.velox.maxCubeBytes)");
		}
		final short[] out = new short[(int) (bytes / 2)];
		for (final ChunkedArray s : streams) add(s, out);
		return out;
	}

	/** Adds one detector's stream of events into the cube. */
	private void add(final ChunkedArray stream, final short[] out) throws IOException {
		final long[] shape = shape();
		final int pixels = (int) (shape[0] * shape[1]);
		final int channels = (int) shape[2];
		int pixel = 0;
		for (long i = 0; i < stream.chunkGrid()[0]; i++) {
			final Object data = stream.readChunk(stream.shape().length == 2 ? new long[] { i, 0 } : new long[] { i }).data();
			final int n = java.lang.reflect.Array.getLength(data);
			for (int k = 0; k < n; k++) {
				final long v = data instanceof short[] s ? s[k] & 0xFFFF : ((int[]) data)[k] & 0xFFFFFFFFL;
				if (v == SEPARATOR) {
					if (++pixel == pixels) pixel = 0;
				}
				else if (v >= channels) {
					throw new TesseraIOException.Corrupt(stream.location().toString(), "spectrum stream " + stream.name() + " element "
						+ (i * stream.chunkShape()[0] + k) + " is channel " + v + ", but the spectra have " + channels + " channels");
				}
				else out[pixel * channels + (int) v]++;
			}
		}
	}
}
