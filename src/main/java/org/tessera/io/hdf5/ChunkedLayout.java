package org.tessera.io.hdf5;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.dataset.chunked.Chunk;
import io.jhdf.dataset.chunked.ChunkedDatasetBase;

import org.tessera.io.Chunks;
import org.tessera.io.TesseraIOException;
import org.tessera.io.hdf5.filter.FilterPipeline;

/**
 * A chunked dataset: the chunk index (B-tree v1 or v2, fixed or extensible array, single or
 * implicit chunk — whatever jHDF parses) is read once when the dataset is opened; each chunk is then
 * read raw at its address and decoded by Tessera's {@link FilterPipeline}.
 */
final class ChunkedLayout implements Hdf5Layout {

	/** Where one chunk is stored: absolute file offset, stored size and filter mask. */
	private record Stored(long offset, int size, int mask) {}

	private final Hdf5File file;
	private final Path data;
	private final String dataset;
	private final int[] chunkShape;
	private final int chunkBytes;
	private final FilterPipeline pipeline;
	private final Map<List<Long>, Stored> index;

	private ChunkedLayout(final Hdf5File file, final Path data, final String dataset, final int[] chunkShape,
		final int elementSize, final FilterPipeline pipeline, final Map<List<Long>, Stored> index)
	{
		this.file = file;
		this.data = data;
		this.dataset = dataset;
		this.chunkShape = chunkShape;
		this.chunkBytes = Math.multiplyExact(Chunks.product(chunkShape), elementSize);
		this.pipeline = pipeline;
		this.index = index;
	}

	/** Reads the chunk index; call under the file's metadata lock. */
	static ChunkedLayout of(final Hdf5File file, final ChunkedDataset d, final int elementSize,
		final FilterPipeline pipeline) throws IOException
	{
		final int[] chunk = d.getChunkDimensions();
		final int[] shape = Arrays.copyOf(chunk, d.getDimensions().length);
		final long base = d.getHdfFile().getUserBlockSize();
		final Map<List<Long>, Stored> index = new HashMap<>();
		for (final Chunk c : lookup(file, d).values()) {
			final long[] offset = c.getChunkOffset();
			// NB: a dataset shrunk after writing may keep chunks beyond its bounds; they are not part of it.
			// NB: fixed and extensible array indexes list never-written chunks with an undefined address.
			if (c.getAddress() < 0 || outside(offset, d.getDimensionsAsLong())) continue;
			final List<Long> key = key(file, d.getPath(), shape, offset, d.getDimensionsAsLong());
			final long mask = c.getFilterMask() == null || c.getFilterMask().isEmpty() ? 0 : c.getFilterMask().toLongArray()[0];
			index.put(key, new Stored(base + c.getAddress(), c.getSize(), (int) mask));
		}
		return new ChunkedLayout(file, d.getFileAsPath(), d.getPath(), shape, elementSize, pipeline, index);
	}

	// -- Hdf5Layout methods --

	@Override
	public int[] chunkShape() {
		return chunkShape;
	}

	@Override
	public boolean fullChunks() {
		return true;
	}

	@Override
	public Optional<ByteBuffer> read(final long[] position, final int[] clipped) throws IOException {
		final Stored s = index.get(Arrays.stream(position).boxed().toList());
		if (s == null) return Optional.empty();
		final String what = "dataset " + dataset + " chunk " + Arrays.toString(position);
		if (!pipeline.unsupported().isEmpty()) {
			throw new TesseraIOException.Unsupported(data.toString(), what + ": " + pipeline.unsupported());
		}
		// NB: unfiltered chunks (or all filters skipped) decode straight from the thread's direct buffer.
		if (pipeline.skipsAll(s.mask())) return Optional.of(checked(file.readDirect(data, s.offset(), s.size(), what), what));
		// NB: filters read the stored chunk from the thread's direct buffer too: deflate inflates from it, so a
		// chunk read allocates nothing (no garbage for the GC to sweep, no heap growth) and copies nothing.
		final ByteBuffer raw = file.readDirect(data, s.offset(), s.size(), what);
		final byte[] out;
		try {
			out = pipeline.decode(raw, s.mask(), chunkBytes);
		}
		catch (final IOException | RuntimeException e) {
			throw new TesseraIOException.Corrupt(data.toString(), what + " at byte " + s.offset() + ": " + e.getMessage(), e);
		}
		return Optional.of(checked(ByteBuffer.wrap(out), what));
	}

	// -- Helper methods --

	private ByteBuffer checked(final ByteBuffer b, final String what) throws TesseraIOException {
		if (b.remaining() != chunkBytes) {
			throw new TesseraIOException.Corrupt(data.toString(), what + " decodes to " + b.remaining() + " bytes, expected " + chunkBytes);
		}
		return b;
	}

	@SuppressWarnings("unchecked")
	private static Map<?, Chunk> lookup(final Hdf5File file, final ChunkedDataset d) throws IOException {
		try {
			// NB: jHDF keeps its chunk lookup protected; its public getRawChunkBuffer hides the filter mask.
			final Method m = ChunkedDatasetBase.class.getDeclaredMethod("getChunkLookup");
			m.setAccessible(true);
			return (Map<?, Chunk>) m.invoke(d);
		}
		catch (final InvocationTargetException e) {
			throw new TesseraIOException.Malformed(file.path().toString(), "dataset " + d.getPath() + ": unreadable chunk index ("
				+ Hdf5File.cause(e.getCause()) + ")");
		}
		catch (final ReflectiveOperationException | ClassCastException e) {
			throw new TesseraIOException.Unsupported(file.path().toString(), "dataset " + d.getPath()
				+ ": this jHDF version does not expose its chunk index (" + e + ")");
		}
	}

	private static boolean outside(final long[] offset, final long[] dims) {
		for (int d = 0; d < Math.min(offset.length, dims.length); d++) {
			if (offset[d] < 0 || offset[d] >= dims[d]) return true;
		}
		return false;
	}

	/** The grid position of a chunk from its element offset, checked against the dataset's bounds. */
	private static List<Long> key(final Hdf5File file, final String dataset, final int[] chunk, final long[] offset,
		final long[] dims) throws IOException
	{
		final Long[] pos = new Long[chunk.length];
		for (int d = 0; d < chunk.length; d++) {
			if (offset.length < chunk.length || offset[d] % chunk[d] != 0) {
				throw new TesseraIOException.Malformed(file.path().toString(), "dataset " + dataset + ": chunk offset "
					+ Arrays.toString(offset) + " is not on the chunk grid " + Arrays.toString(chunk));
			}
			pos[d] = offset[d] / chunk[d];
		}
		return List.of(pos);
	}
}
