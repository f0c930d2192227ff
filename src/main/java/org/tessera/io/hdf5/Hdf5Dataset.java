package org.tessera.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.jhdf.AbstractNode;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.message.DataLayout;
import io.jhdf.object.message.FillValueMessage;
import io.jhdf.object.message.FilterPipelineMessage;

import org.tessera.io.Chunks;
import org.tessera.io.hdf5.filter.FilterPipeline;

/**
 * What Tessera keeps of one HDF5 dataset after reading its object header: shape, element type,
 * storage layout, fill value and attributes. Built under the file's metadata lock; immutable.
 */
record Hdf5Dataset(String path, long[] shape, Hdf5Type type, Hdf5Layout layout, Object fill, Map<String, Object> attributes) {

	/** The nominal chunk shape of the exposed grid. */
	int[] chunkShape() {
		return layout.chunkShape();
	}

	/** Reads a dataset's header; call through {@link Hdf5File#metadata}. */
	static Hdf5Dataset of(final Hdf5File file, final Dataset d) throws IOException {
		final long[] shape = d.isScalar() ? new long[0] : d.getDimensionsAsLong();
		final Hdf5Type type = Hdf5Type.of(d.getDataType());
		final Map<String, Object> attrs = Hdf5Values.attributes(d.getAttributes());
		final int size = type.dtype().size();
		if (!type.dtype().isNumeric()) {
			return new Hdf5Dataset(d.getPath(), shape, type, new CompactLayout(new byte[0], whole(shape)), null, attrs);
		}
		final Object fill = fill(d, type);
		return new Hdf5Dataset(d.getPath(), shape, type, layout(file, d, shape, size), fill, attrs);
	}

	// -- Helper methods --

	private static Hdf5Layout layout(final Hdf5File file, final Dataset d, final long[] shape, final int size) throws IOException {
		final DataLayout kind = d.getDataLayout();
		if (kind == DataLayout.CHUNKED && d instanceof ChunkedDataset c) {
			return ChunkedLayout.of(file, c, size, FilterPipeline.of(filters(d), size));
		}
		if (kind == DataLayout.CONTIGUOUS && d instanceof ContiguousDataset c) {
			final long address = c.getDataAddress();
			final long offset = address < 0 || d.getSizeInBytes() == 0 ? -1 : address + d.getHdfFile().getUserBlockSize();
			return new ContiguousLayout(file, d.getFileAsPath(), d.getPath(), offset, shape, size);
		}
		final ByteBuffer b = ((DatasetBase) d).getDataBuffer();
		final byte[] bytes = new byte[b.remaining()];
		b.get(bytes);
		return new CompactLayout(bytes, whole(shape));
	}

	private static List<FilterPipeline.Entry> filters(final Dataset d) {
		final List<FilterPipeline.Entry> out = new ArrayList<>();
		final var header = ((AbstractNode) d).getHeader();
		if (!header.hasMessageOfType(FilterPipelineMessage.class)) return out;
		for (final var f : header.getMessageOfType(FilterPipelineMessage.class).getFilters()) {
			out.add(new FilterPipeline.Entry(f.getId(), f.getName(), f.isOptional(), f.getData()));
		}
		return out;
	}

	/** The fill value as one decoded element (zero when the file defines none). */
	private static Object fill(final Dataset d, final Hdf5Type type) {
		final var header = ((AbstractNode) d).getHeader();
		final int size = type.dtype().size();
		if (header.hasMessageOfType(FillValueMessage.class)) {
			final FillValueMessage m = header.getMessageOfType(FillValueMessage.class);
			final ByteBuffer v = m.isFillValueDefined() ? m.getFillValue() : null;
			if (v != null && v.remaining() == size) {
				final byte[] one = new byte[size];
				v.duplicate().get(one);
				return Chunks.decode(type.dtype(), one, 0, 1, type.order());
			}
		}
		return type.dtype().allocate(1);
	}

	private static int[] whole(final long[] shape) {
		final int[] c = new int[shape.length];
		for (int d = 0; d < shape.length; d++) c[d] = (int) Math.min(shape[d], Integer.MAX_VALUE);
		return c;
	}

	@Override
	public String toString() {
		return path + " " + Arrays.toString(shape) + " " + type.dtype();
	}
}
