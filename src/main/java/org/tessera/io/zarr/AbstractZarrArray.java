package org.tessera.io.zarr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.ChunkBuffers;
import org.tessera.io.Chunks;
import org.tessera.io.ReusableChunks;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.BufferCodec;
import org.tessera.io.codec.Codec;

/**
 * The part of a Zarr array that v2 and v3 share: metadata accessors, position checks, fill
 * values and edge cropping. Subclasses only read and decode one full-size chunk, into a former
 * chunk's array where they can ({@link ReusableChunks}).
 */
public abstract class AbstractZarrArray extends AbstractChunkedArray implements ReusableChunks {

	protected final NodePlace place;
	protected final ZarrArrayMetadata meta;
	private final Object fill;

	protected AbstractZarrArray(final NodePlace place, final ZarrArrayMetadata meta, final List<Axis> axes,
		final Object fill)
	{
		super(place.name(), place.location(), meta.shape(), meta.readChunkShape(), meta.dtype(), axes, meta.attributes());
		this.place = place;
		this.meta = meta;
		this.fill = fill;
	}

	/**
	 * Reads and decodes the chunk at {@code position} at its full nominal size, C order.
	 *
	 * @param spare a former chunk's data to decode into when it fits (see {@link Chunks#reusable}), or null
	 * @return the elements, or a filled array when the chunk is not stored
	 */
	protected abstract Object readFullChunk(long[] position, Object spare) throws IOException;

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		return readChunk(null, position);
	}

	@Override
	public Chunk readChunk(final Object spare, final long... position) throws IOException {
		if (!dtype().isNumeric()) throw notReadable(location().toString());
		checkPosition(position);
		final int[] full = meta.readChunkShape();
		final int[] clipped = Chunks.clippedShape(meta.shape(), full, position);
		// NB: an edge chunk is cropped into a new array anyway, so only whole chunks decode into the spare.
		final Object into = Arrays.equals(full, clipped) ? spare : null;
		return new Chunk(position.clone(), clipped, Chunks.crop(dtype(), readFullChunk(position, into), full, clipped));
	}

	// -- Helper methods for subclasses --

	/** A chunk of {@code shape} filled with the fill value. */
	protected Object filled(final int[] shape) {
		return Chunks.filled(dtype(), Chunks.product(shape), fill);
	}

	/** One element equal to the fill value. */
	protected Object fill() {
		return fill;
	}

	/**
	 * Reads a stored chunk of C-order {@code shape} into the thread's {@link ChunkBuffers} and decodes
	 * it with one codec (or none) and a byte order: one positional read, one decode into a reused
	 * array, one bulk copy into {@code spare} when it fits. NB: the former path allocated three
	 * chunk-sized arrays per chunk (file bytes, decoded bytes, elements).
	 *
	 * @param codec the only bytes-to-bytes codec, or null for raw chunks
	 * @return the elements, or null when the chunk is not stored
	 */
	protected Object readBuffered(final String key, final BufferCodec codec, final int[] shape, final ByteOrder order,
		final Object spare) throws IOException
	{
		final ChunkBuffers buffers = ChunkBuffers.local();
		final int stored = place.store().readInto(key, buffers);
		if (stored < 0) return null;
		final int count = Chunks.product(shape);
		final int expected = Math.multiplyExact(count, dtype().size());
		final String file = place.store().describe(key);
		if (codec != null && dtype().storage() == org.tessera.io.DType.Storage.SHORT) {
			final short[] out = (short[]) Chunks.reusable(dtype(), spare, count);
			if (decodeShorts(codec, buffers.stored(stored), stored, out, order, file)) return out;
		}
		final byte[] bytes;
		if (codec == null) {
			checkSize(stored, expected, shape, file);
			bytes = buffers.stored(stored);
		}
		else bytes = decodeInto(codec, buffers.stored(stored), stored, buffers.decoded(expected), expected, file);
		return Chunks.decodeInto(dtype(), ByteBuffer.wrap(bytes, 0, expected).order(order), Chunks.reusable(dtype(), spare, count));
	}

	private static byte[] decodeInto(final BufferCodec codec, final byte[] src, final int length, final byte[] dst,
		final int expected, final String file) throws TesseraIOException
	{
		try {
			return codec.decodeInto(src, length, dst, expected);
		}
		catch (final IOException | RuntimeException e) {
			throw corrupt(codec, file, e);
		}
	}

	private static boolean decodeShorts(final BufferCodec codec, final byte[] src, final int length, final short[] dst,
		final ByteOrder order, final String file) throws TesseraIOException
	{
		try {
			return codec.decodeShorts(src, length, dst, order);
		}
		catch (final IOException | RuntimeException e) {
			throw corrupt(codec, file, e);
		}
	}

	private static TesseraIOException corrupt(final Codec codec, final String file, final Exception e) {
		return new TesseraIOException.Corrupt(file, codec.id() + " cannot decode chunk: " + e.getMessage(), e);
	}

	/** Decodes with a codec, turning its failures into {@link TesseraIOException.Corrupt} naming the file. */
	public static byte[] decode(final Codec codec, final byte[] encoded, final int expected, final String file)
		throws TesseraIOException
	{
		try {
			return codec.decode(encoded, expected);
		}
		catch (final IOException | RuntimeException e) {
			throw corrupt(codec, file, e);
		}
	}

	/** Checks a decoded size. */
	public static void checkSize(final byte[] decoded, final long expected, final int[] shape, final String file)
		throws TesseraIOException
	{
		checkSize(decoded.length, expected, shape, file);
	}

	private static void checkSize(final long length, final long expected, final int[] shape, final String file)
		throws TesseraIOException
	{
		if (length != expected) {
			throw new TesseraIOException.Corrupt(file, "decoded chunk has " + length + " bytes, expected "
				+ expected + " (chunk shape " + Arrays.toString(shape) + ")");
		}
	}
}
