package org.tessera.image;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Arrays;

import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;

import org.tessera.io.Chunk;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Chunks;
import org.tessera.io.TesseraIOException;

/**
 * Builds the ImgLib2 cells of a lazy image from the chunks of a {@link ChunkedArray}, through a
 * {@link ChunkCache}: a cell is read from the array at most once while it stays cached.
 * <p>
 * A read failure surfaces as an unchecked {@link ChunkLoadException} wrapping the reader's
 * {@link IOException}; a chunk whose size does not match the grid as a wrapped
 * {@link TesseraIOException.Corrupt}.
 * </p>
 */
final class ChunkCellLoader implements LazyCellImg.Get<Cell<ArrayDataAccess<?>>> {

	private final ChunkedArray array;
	private final CellGrid grid;
	private final PixelType pixels;
	private final ChunkCache cache;
	private final String identity;

	ChunkCellLoader(final ChunkedArray array, final CellGrid grid, final PixelType pixels, final ChunkCache cache) {
		this.array = array;
		this.grid = grid;
		this.pixels = pixels;
		this.cache = cache;
		this.identity = identity(array);
	}

	/** The cache identity of an array: its location and internal name. */
	static String identity(final ChunkedArray array) {
		return array.location() + "#" + array.name();
	}

	// -- LazyCellImg.Get methods --

	@Override
	@SuppressWarnings("unchecked")
	public Cell<ArrayDataAccess<?>> get(final long index) {
		final long[] gridPosition = new long[grid.numDimensions()];
		grid.getCellGridPositionFlat(index, gridPosition);
		final ChunkCache.Key key = new ChunkCache.Key(identity, AxisOrder.reverse(gridPosition));
		return (Cell<ArrayDataAccess<?>>) cache.get(key, () -> load(key, gridPosition));
	}

	// -- Helper methods --

	private ChunkCache.Entry load(final ChunkCache.Key key, final long[] gridPosition) {
		final long[] min = new long[grid.numDimensions()];
		final int[] dims = new int[grid.numDimensions()];
		grid.getCellDimensions(gridPosition, min, dims);
		final Chunk chunk = read(key);
		final int expected = Math.multiplyExact(Chunks.product(dims), array.dtype().components());
		if (Array.getLength(chunk.data()) != expected || !Arrays.equals(chunk.shape(), AxisOrder.reverse(dims))) {
			throw new ChunkLoadException(key.toString(), new TesseraIOException.Corrupt(describe(),
				"chunk " + Arrays.toString(key.position()) + " has shape " + Arrays.toString(chunk.shape()) + " and " +
					Array.getLength(chunk.data()) + " values, expected shape " + Arrays.toString(AxisOrder.reverse(dims)) +
					" and " + expected + " values"));
		}
		final ArrayDataAccess<?> access = pixels.access().apply(chunk.data());
		return new ChunkCache.Entry(new Cell<>(dims, min, access), PixelType.bytes(access));
	}

	private Chunk read(final ChunkCache.Key key) {
		try {
			return array.readChunk(key.position());
		}
		catch (final IOException e) {
			throw new ChunkLoadException(describe() + " " + Arrays.toString(key.position()), e);
		}
	}

	private String describe() {
		return array.location() + (array.name().equals("/") ? "" : " " + array.name());
	}
}
