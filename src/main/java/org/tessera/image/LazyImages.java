package org.tessera.image;

import java.util.concurrent.ExecutorService;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.cell.AbstractCellImg;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.NativeType;

import org.tessera.io.ChunkedArray;
import org.tessera.io.TesseraIOException;

/**
 * Lazy ImgLib2 images over any {@link ChunkedArray}: one cell per chunk, read on first access
 * through a byte-bounded {@link ChunkCache}, never a whole-array allocation.
 * <p>
 * ImgLib2 dimension 0 is the array's fastest (last C-order) axis; see {@link AxisOrder}. The pixel
 * type follows the dtype (see {@link PixelType}). Accessors throw the unchecked
 * {@link ChunkLoadException} when a chunk cannot be read. Opening reads nothing, so an array of
 * 2<sup>50</sup> elements opens at once; cell grids may hold more than 2<sup>31</sup> cells.
 * </p>
 */
public final class LazyImages {

	private LazyImages() {}

	// -- Opening --

	/** A lazy image of {@code array} cached in {@link ChunkCache#shared()}. */
	public static <T extends NativeType<T>> LazyCellImg<T, ?> open(final ChunkedArray array) throws TesseraIOException {
		return open(array, ChunkCache.shared());
	}

	/**
	 * A lazy image of {@code array} cached in {@code cache}.
	 *
	 * @throws TesseraIOException.Unsupported when the dtype is not numeric or the array is 0-dimensional
	 */
	@SuppressWarnings("unchecked")
	public static <T extends NativeType<T>> LazyCellImg<T, ?> open(final ChunkedArray array, final ChunkCache cache)
		throws TesseraIOException
	{
		final String file = array.location() + " " + array.name();
		final PixelType pixels = PixelType.of(array.dtype(), file);
		if (array.numDimensions() == 0) {
			throw new TesseraIOException.Unsupported(file, "a 0-dimensional array cannot be opened as an image");
		}
		final CellGrid grid = new CellGrid(AxisOrder.reverse(array.shape()), AxisOrder.reverse(array.chunkShape()));
		final T type = (T) pixels.type().createVariable();
		return new LazyCellImg<T, ArrayDataAccess<?>>(grid, type, new ChunkCellLoader(array, grid, pixels, cache));
	}

	// -- Prefetching --

	/**
	 * Loads every chunk of {@code image} that intersects {@code region} (ImgLib2 order) into its
	 * cache, in parallel on {@code executor}, and waits for them.
	 *
	 * @param image an image from {@link #open} (any {@link AbstractCellImg} works)
	 * @throws ChunkLoadException when a chunk cannot be read
	 */
	public static void prefetch(final RandomAccessibleInterval<?> image, final Interval region,
		final ExecutorService executor)
	{
		if (!(image instanceof AbstractCellImg<?, ?, ?, ?> cells)) {
			throw new IllegalArgumentException("not a cell image: " + image.getClass().getName());
		}
		new CellPrefetch(cells, region).run(executor);
	}

	/** {@link #prefetch(RandomAccessibleInterval, Interval, ExecutorService)} on the shared loader pool. */
	public static void prefetch(final RandomAccessibleInterval<?> image, final Interval region) {
		prefetch(image, region, CellPrefetch.sharedExecutor());
	}

	/** Opens {@code array} in the shared cache and prefetches {@code region} (ImgLib2 order) of it. */
	public static void prefetch(final ChunkedArray array, final Interval region, final ExecutorService executor)
		throws TesseraIOException
	{
		prefetch(open(array), region, executor);
	}
}
