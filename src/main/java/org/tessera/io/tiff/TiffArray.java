package org.tessera.io.tiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.tessera.io.AbstractChunkedArray;
import org.tessera.io.Chunk;
import org.tessera.io.Chunks;
import org.tessera.io.Location;

/**
 * One TIFF series as a {@link org.tessera.io.ChunkedArray}. A chunk is one tile, or a run of whole strips of about
 * {@value #TARGET_BYTES} bytes (a whole plane when it is small), of one plane. Thread-safe: reads
 * are positional and the state is immutable.
 */
final class TiffArray extends AbstractChunkedArray {

	/** About how many decoded bytes a chunk of strips holds. */
	static final int TARGET_BYTES = 1 << 20;

	private final TiffFile file;
	private final TiffSeries series;
	private final int stripsPerChunk;

	TiffArray(final TiffFile file, final Location location, final TiffSeries series) {
		super(series.name(), location, series.shape(), chunkShape(series), series.layout().dtype(), series.axes(),
			series.attributes());
		this.file = file;
		this.series = series;
		this.stripsPerChunk = stripsPerChunk(series.layout());
	}

	/** Strips per chunk: enough for about {@link #TARGET_BYTES}, at most a whole plane; 1 for tiles. */
	private static int stripsPerChunk(final TiffPage p) {
		final long blockBytes = (long) TiffBlocks.rowBytes(p) * p.blockHeight();
		return p.tiled() ? 1 : (int) Math.max(1, Math.min(TARGET_BYTES / Math.max(1, blockBytes),
			(p.height() + p.blockHeight() - 1) / p.blockHeight()));
	}

	private static int[] chunkShape(final TiffSeries series) {
		final TiffPage p = series.layout();
		final int[] chunk = new int[series.shape().length];
		Arrays.fill(chunk, 1);
		final int nl = series.leadingShape().length;
		chunk[nl] = (int) Math.min(p.height(), (long) p.blockHeight() * stripsPerChunk(p));
		chunk[nl + 1] = p.blockWidth();
		if (TiffSeries.trailingSamples(p)) chunk[nl + 2] = p.samples();
		return chunk;
	}

	// -- ChunkedArray methods --

	@Override
	public Chunk readChunk(final long... position) throws IOException {
		final int nl = series.leadingShape().length;
		checkPosition(position);
		final int[] clipped = Chunks.clippedShape(shape(), chunkShape(), position);
		long plane = 0;
		for (int d = 0; d < nl; d++) plane = plane * series.leadingShape()[d] + position[d];
		final TiffSeries.Plane pl = series.planes().get((int) plane);
		if (pl.page() == null) return new Chunk(position.clone(), clipped, dtype().allocate(Chunks.product(clipped)));
		final int[] tail = Arrays.copyOfRange(clipped, nl, clipped.length);
		final Object data = pl.page().tiled() ? tile(pl, (int) position[nl], (int) position[nl + 1], tail)
			: strips(pl, (int) position[nl], tail[0]);
		return new Chunk(position.clone(), clipped, data);
	}

	// -- Helper methods --

	private Object tile(final TiffSeries.Plane pl, final int row, final int col, final int[] clipped) throws IOException {
		final TiffPage p = pl.page();
		final int index = pl.sample() * p.blocksPerPlane() + row * p.blocksAcross() + col;
		final byte[] bytes = TiffBlocks.read(file, p, index, p.blockHeight());
		final Object data = TiffBlocks.elements(file, p, bytes, p.blockHeight());
		final int[] full = clipped.clone();
		full[0] = p.blockHeight();
		full[1] = p.blockWidth();
		return Chunks.crop(dtype(), data, full, clipped);
	}

	private Object strips(final TiffSeries.Plane pl, final int chunkRow, final int rows) throws IOException {
		final TiffPage p = pl.page();
		final int first = chunkRow * stripsPerChunk;
		final int count = (rows + p.blockHeight() - 1) / p.blockHeight();
		if (count == 1) return TiffBlocks.elements(file, p, TiffBlocks.read(file, p, pl.sample() * p.blocksPerPlane() + first, rows), rows);
		final ByteArrayOutputStream all = new ByteArrayOutputStream(TiffBlocks.rowBytes(p) * rows);
		for (int s = 0; s < count; s++) {
			final int stripRows = Math.min(p.blockHeight(), rows - s * p.blockHeight());
			all.writeBytes(Arrays.copyOf(TiffBlocks.read(file, p, pl.sample() * p.blocksPerPlane() + first + s, stripRows),
				TiffBlocks.rowBytes(p) * stripRows));
		}
		return TiffBlocks.elements(file, p, all.toByteArray(), rows);
	}
}
