package org.tessera.io.dm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.DType;
import org.tessera.io.Location;
import org.tessera.io.TesseraIOException;

/**
 * One DM image as a {@link org.tessera.io.ChunkedArray}: each chunk is one positional read of a
 * contiguous slab of the pixel block. Thread-safe: positional {@link FileChannel} reads and immutable state.
 */
final class DmArray extends AbstractChunkedArray {

	private final FileChannel channel;
	private final DmImage image;
	private final ByteOrder order;

	DmArray(final FileChannel channel, final Location location, final DmImage image, final ByteOrder order) {
		super(image.name(), location, image.shape(), image.chunks(), image.type().dtype(), image.axes(), image.attributes());
		this.channel = channel;
		this.image = image;
		this.order = order;
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		checkPosition(position);
		final int[] clipped = Chunks.clippedShape(image.shape(), image.chunks(), position);
		final Object data = switch (image.type().layout()) {
			case UNREADABLE -> throw notReadable(where());
			case PACKED -> packed(position, clipped);
			default -> contiguous(position, clipped);
		};
		return new Chunk(position.clone(), clipped, data);
	}

	// -- Helper methods --

	private Object contiguous(final long[] position, final int[] clipped) throws IOException {
		final DmPixelType t = image.type();
		final int width = t.layout() == DmPixelType.Layout.PLAIN ? t.dtype().size() : 1;
		final int n = Chunks.product(clipped);
		final long first = DmSlabs.firstElement(image.shape(), image.chunks(), position);
		final Object data = Chunks.decode(t.dtype(), read(image.offset() + first * width, n * width), 0, n, order);
		if (t.layout() == DmPixelType.Layout.BOOL) normalize((byte[]) data);
		if (t.layout() == DmPixelType.Layout.RGBA) bgraToRgba((byte[]) data);
		return data;
	}

	/** Whole rows of a packed complex image: read the stored half rows, unpack them. */
	private Object packed(final long[] position, final int[] clipped) throws IOException {
		final DType t = image.type().dtype();
		final int rows = clipped[0], cols = (int) image.shape()[1], p = cols / 2 + 1;
		final long firstRow = position[0] * image.chunks()[0];
		final byte[] bytes = read(image.offset() + firstRow * p * t.size(), rows * p * t.size());
		final Object full = t.allocate(rows * cols);
		DmPacked.unpack(Chunks.decode(t, bytes, 0, rows * p, order), full, rows, cols);
		return full;
	}

	private byte[] read(final long at, final int length) throws IOException {
		final ByteBuffer b = ByteBuffer.allocate(length);
		while (b.hasRemaining()) {
			if (channel.read(b, at + b.position()) < 0) {
				throw new TesseraIOException.Corrupt(where(), "pixel data ends at offset " + (at + b.position())
					+ ", before the " + length + " bytes at offset " + at + " (file of " + channel.size() + " bytes)");
			}
		}
		return b.array();
	}

	private static void normalize(final byte[] b) {
		for (int i = 0; i < b.length; i++) b[i] = (byte) (b[i] != 0 ? 1 : 0);
	}

	private static void bgraToRgba(final byte[] b) {
		for (int i = 0; i + 3 < b.length; i += 4) {
			final byte blue = b[i];
			b[i] = b[i + 2];
			b[i + 2] = blue;
		}
	}

	private String where() {
		return location() + " [" + image.name() + "]";
	}
}
