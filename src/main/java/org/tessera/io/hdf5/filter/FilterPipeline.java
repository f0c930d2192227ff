package org.tessera.io.hdf5.filter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tessera.io.codec.Codecs;

/**
 * The read side of a dataset's HDF5 filter pipeline: the stages in the order they were applied when
 * writing, undone last to first, skipping those a chunk's filter mask marks as not applied.
 * Supported: deflate (1), shuffle (2), fletcher32 (3), lzf (32000), blosc (32001), lz4 (32004),
 * bitshuffle (32008, plain or LZ4) and zstd (32015). A pipeline with any other filter can still be
 * built (so the dataset is listed) but refuses to decode, naming the filter.
 */
public final class FilterPipeline {

	/** One entry of the filter pipeline message. */
	public record Entry(int id, String name, boolean optional, int[] data) {}

	private final List<Hdf5Filter> stages;
	private final String unsupported;

	private FilterPipeline(final List<Hdf5Filter> stages, final String unsupported) {
		this.stages = stages;
		this.unsupported = unsupported;
	}

	/** The pipeline of a dataset with elements of {@code elementSize} bytes. */
	public static FilterPipeline of(final List<Entry> entries, final int elementSize) {
		final List<Hdf5Filter> stages = new ArrayList<>();
		for (final Entry e : entries) {
			final Optional<Hdf5Filter> f = filter(e, elementSize);
			if (f.isEmpty()) return new FilterPipeline(List.of(), "unsupported HDF5 filter " + e.id() + " ('" + e.name() + "')");
			stages.add(f.get());
		}
		return new FilterPipeline(List.copyOf(stages), "");
	}

	/** Why chunks cannot be decoded, or empty when they can. */
	public String unsupported() {
		return unsupported;
	}

	/** Whether a chunk with filter mask {@code mask} is stored as is (no stage applied). */
	public boolean skipsAll(final int mask) {
		for (int i = 0; i < stages.size(); i++) if ((mask >>> i & 1) == 0) return false;
		return unsupported.isEmpty();
	}

	/**
	 * Decodes one stored chunk.
	 *
	 * @param mask the chunk's filter mask: bit {@code i} set means stage {@code i} was skipped
	 * @param chunkBytes the decoded size of a whole chunk
	 * @throws IOException naming the stage that failed and why (the caller adds the file and chunk)
	 */
	public byte[] decode(final byte[] stored, final int mask, final int chunkBytes) throws IOException {
		return decode(stored, null, mask, chunkBytes);
	}

	/**
	 * Like {@link #decode(byte[], int, int)} from the remaining bytes of a buffer, which the first
	 * stage reads in place (deflate does; the others copy it).
	 */
	public byte[] decode(final ByteBuffer stored, final int mask, final int chunkBytes) throws IOException {
		return decode(null, stored, mask, chunkBytes);
	}

	// -- Helper methods --

	/** Runs the stages on the stored chunk, given as an array or else as a buffer. */
	private byte[] decode(final byte[] array, final ByteBuffer buffer, final int mask, final int chunkBytes)
		throws IOException
	{
		if (!unsupported.isEmpty()) throw new IOException(unsupported);
		byte[] b = array;
		for (int i = stages.size() - 1; i >= 0; i--) {
			if ((mask >>> i & 1) != 0) continue;
			b = b == null ? stages.get(i).decode(buffer, chunkBytes) : stages.get(i).decode(b, chunkBytes);
		}
		return b != null ? b : bytes(buffer);
	}

	private static byte[] bytes(final ByteBuffer b) {
		final byte[] out = new byte[b.remaining()];
		b.get(out);
		return out;
	}

	private static Optional<Hdf5Filter> filter(final Entry e, final int elementSize) {
		final int[] cd = e.data() == null ? new int[0] : e.data();
		return switch (e.id()) {
			case 1 -> Optional.of(new Deflate());
			case 2 -> Optional.of(new Shuffle(elementSize));
			case 3 -> Optional.of(new Fletcher32());
			case 32000 -> Optional.of(new Lzf());
			case 32001 -> codec("blosc");
			case 32004 -> Optional.of(new Lz4Blocks());
			case 32008 -> bitshuffle(cd, elementSize);
			case 32015 -> codec("zstd");
			default -> Optional.empty();
		};
	}

	private static Optional<Hdf5Filter> bitshuffle(final int[] cd, final int elementSize) {
		final int compression = cd.length > 4 ? cd[4] : 0;
		// NB: bitshuffle's zstd mode (3) is not decoded yet.
		if (compression != 0 && compression != 2) return Optional.empty();
		final int size = cd.length > 2 && cd[2] > 0 ? cd[2] : elementSize;
		return Optional.of(new Bitshuffle(size, cd.length > 3 ? cd[3] : 0, compression == 2));
	}

	private static Optional<Hdf5Filter> codec(final String id) {
		try {
			return Optional.of(new CodecFilter(Codecs.create(id, Map.of())));
		}
		catch (final Codecs.UnknownCodecException e) {
			// NB: a codec provider missing from this build makes the filter unsupported, not an error at open.
			return Optional.empty();
		}
	}
}
