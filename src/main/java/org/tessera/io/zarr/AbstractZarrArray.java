package org.tessera.io.zarr;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Axis;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.TesseraIOException;
import org.tessera.io.codec.Codec;

/**
 * The part of a Zarr array that v2 and v3 share: metadata accessors, position checks, fill
 * values and edge cropping. Subclasses only read and decode one full-size chunk.
 */
public abstract class AbstractZarrArray extends AbstractChunkedArray {

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
	 * @return the elements, or a filled array when the chunk is not stored
	 */
	protected abstract Object readFullChunk(long[] position) throws IOException;

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		if (!dtype().isNumeric()) throw notReadable(location().toString());
		checkPosition(position);
		final int[] full = meta.readChunkShape();
		final int[] clipped = Chunks.clippedShape(meta.shape(), full, position);
		return new Chunk(position.clone(), clipped, Chunks.crop(dtype(), readFullChunk(position), full, clipped));
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

	/** Decodes with a codec, turning its failures into {@link TesseraIOException.Corrupt} naming the file. */
	public static byte[] decode(final Codec codec, final byte[] encoded, final int expected, final String file)
		throws TesseraIOException
	{
		try {
			return codec.decode(encoded, expected);
		}
		catch (final IOException | RuntimeException e) {
			throw new TesseraIOException.Corrupt(file, codec.id() + " cannot decode chunk: " + e.getMessage(), e);
		}
	}

	/** Checks a decoded size. */
	public static void checkSize(final byte[] decoded, final long expected, final int[] shape, final String file)
		throws TesseraIOException
	{
		if (decoded.length != expected) {
			throw new TesseraIOException.Corrupt(file, "decoded chunk has " + decoded.length + " bytes, expected "
				+ expected + " (chunk shape " + Arrays.toString(shape) + ")");
		}
	}
}
