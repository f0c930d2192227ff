package org.tessera.fiji;

import ij.VirtualStack;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.DType;

/**
 * A virtual stack over a {@link ChunkedArray}: plane {@code n} is read on demand from the chunks
 * that intersect it. uint8 stays 8-bit, uint16 16-bit, everything else becomes 32-bit float
 * (complex: the real part).
 * <p>
 * NB: part of the TEMPORARY {@link DatasetImages} stand-in (see there).
 * </p>
 */
final class ChunkPlaneStack extends VirtualStack {

	private final ChunkedArray array;
	private final long[] shape;
	private final int[] chunk;
	private final int n;

	ChunkPlaneStack(final ChunkedArray array) {
		super(width(array), (int) array.shape()[array.numDimensions() - 2], null, null);
		this.array = array;
		this.shape = array.shape();
		this.chunk = array.chunkShape();
		this.n = shape.length;
		setBitDepth(bitDepth(array.dtype()));
	}

	// -- ImageStack methods --

	@Override
	public int getSize() {
		long planes = 1;
		for (int d = 0; d < n - 2; d++) planes *= shape[d];
		return Math.toIntExact(planes);
	}

	@Override
	public ImageProcessor getProcessor(final int slice) {
		final ImageProcessor ip = processor();
		final long[] lead = leadingCoordinates(slice - 1);
		final long[] grid = array.chunkGrid();
		for (long cy = 0; cy < grid[n - 2]; cy++) {
			for (long cx = 0; cx < grid[n - 1]; cx++) copy(read(lead, cy, cx), lead, ip);
		}
		return ip;
	}

	@Override
	public Object getPixels(final int slice) {
		return getProcessor(slice).getPixels();
	}

	@Override
	public void setPixels(final Object pixels, final int slice) {
		// NB: read-only view; edits live only in the displayed processor.
	}

	@Override
	public String getSliceLabel(final int slice) {
		return array.name() + " plane " + (slice - 1);
	}

	// -- Helper methods --

	private static int width(final ChunkedArray a) {
		if (a.numDimensions() < 2) throw new IllegalArgumentException(a.location() + ": array '" + a.name()
			+ "' has " + a.numDimensions() + " dimension(s); an image needs at least 2");
		return (int) a.shape()[a.numDimensions() - 1];
	}

	private static int bitDepth(final DType t) {
		return t.equals(DType.UINT8) || t.equals(DType.BOOL) ? 8 : t.equals(DType.UINT16) ? 16 : 32;
	}

	private ImageProcessor processor() {
		final int w = getWidth(), h = getHeight();
		return switch (getBitDepth()) {
			case 8 -> new ByteProcessor(w, h);
			case 16 -> new ShortProcessor(w, h);
			default -> new FloatProcessor(w, h);
		};
	}

	private long[] leadingCoordinates(final long plane) {
		final long[] lead = new long[n - 2];
		long rest = plane;
		for (int d = n - 3; d >= 0; d--) {
			lead[d] = rest % shape[d];
			rest /= shape[d];
		}
		return lead;
	}

	private Chunk read(final long[] lead, final long cy, final long cx) {
		final long[] pos = new long[n];
		for (int d = 0; d < n - 2; d++) pos[d] = lead[d] / chunk[d];
		pos[n - 2] = cy;
		pos[n - 1] = cx;
		try {
			return array.readChunk(pos);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void copy(final Chunk c, final long[] lead, final ImageProcessor ip) {
		final int[] s = c.shape();
		long offset = 0;
		for (int d = 0; d < n - 2; d++) offset = offset * s[d] + lead[d] - c.position()[d] * chunk[d];
		final int ch = s[n - 2], cw = s[n - 1];
		final int y0 = (int) (c.position()[n - 2] * chunk[n - 2]), x0 = (int) (c.position()[n - 1] * chunk[n - 1]);
		for (int y = 0; y < ch; y++) {
			for (int x = 0; x < cw; x++) {
				final int k = (int) ((offset * ch + y) * cw + x);
				ip.setf(x0 + x, y0 + y, value(c.data(), k * array.dtype().components()));
			}
		}
	}

	private float value(final Object data, final int k) {
		final boolean unsigned = array.dtype().kind() == DType.Kind.UINT;
		return switch (data) {
			case byte[] a -> unsigned || getBitDepth() == 8 ? a[k] & 0xff : a[k];
			case short[] a -> array.dtype().equals(DType.FLOAT16) ? DType.halfToFloat(a[k])
				: unsigned ? a[k] & 0xffff : a[k];
			case int[] a -> unsigned ? Integer.toUnsignedLong(a[k]) : a[k];
			case long[] a -> a[k];
			case float[] a -> a[k];
			case double[] a -> (float) a[k];
			default -> throw new IllegalStateException("no pixel storage for " + array.dtype());
		};
	}
}
