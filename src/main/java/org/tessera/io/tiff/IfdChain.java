package org.tessera.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tessera.io.TesseraIOException;

/**
 * Walks the chain of IFDs from the header. Reads only the entry tables, never pixel data. A chain
 * that loops back on itself or points outside the file is reported as corrupt, not followed.
 */
final class IfdChain {

	private IfdChain() {}

	/** Every IFD of the file in chain order. */
	static List<Ifd> read(final TiffFile file) throws IOException {
		return read(file, Integer.MAX_VALUE);
	}

	/** The first IFD only (for format checks). */
	static Ifd first(final TiffFile file) throws IOException {
		return read(file, 1).get(0);
	}

	private static List<Ifd> read(final TiffFile file, final int max) throws IOException {
		final List<Ifd> out = new ArrayList<>();
		final Set<Long> seen = new HashSet<>();
		long offset = file.firstIfd();
		if (offset == 0) throw new TesseraIOException.Malformed(file.name(), "the TIFF header points to no IFD (offset 0)");
		while (offset != 0 && out.size() < max) {
			if (!seen.add(offset)) {
				throw new TesseraIOException.Corrupt(file.name(), "IFD chain loops: IFD " + out.size() + " points back to offset " + offset);
			}
			final ByteBuffer countField = file.read(offset, file.bigTiff() ? 8 : 2, "IFD " + out.size());
			final long count = file.bigTiff() ? countField.getLong() : countField.getShort() & 0xffff;
			final int entrySize = file.bigTiff() ? 20 : 12;
			final int countSize = file.bigTiff() ? 8 : 2;
			if (count < 0 || count > (file.size() - offset) / entrySize) {
				throw new TesseraIOException.Corrupt(file.name(), "IFD " + out.size() + " at offset " + offset + " claims " + count + " entries, more than the file holds");
			}
			final ByteBuffer table = file.read(offset + countSize, count * entrySize + (file.bigTiff() ? 8 : 4),
				"IFD " + out.size() + " entries");
			out.add(new Ifd(file, out.size(), offset, entries(file, table, (int) count, offset + countSize)));
			offset = file.bigTiff() ? table.getLong() : table.getInt() & 0xffffffffL;
		}
		return out;
	}

	private static Map<Integer, Ifd.Entry> entries(final TiffFile file, final ByteBuffer table, final int count,
		final long tableOffset)
	{
		final Map<Integer, Ifd.Entry> out = new LinkedHashMap<>();
		final boolean big = file.bigTiff();
		for (int i = 0; i < count; i++) {
			final int tag = table.getShort() & 0xffff;
			final int type = table.getShort() & 0xffff;
			final long n = big ? table.getLong() : table.getInt() & 0xffffffffL;
			final long fieldPos = tableOffset + (long) i * (big ? 20 : 12) + (big ? 12 : 8);
			final long inline = big ? 8 : 4;
			final long raw = big ? table.getLong() : table.getInt() & 0xffffffffL;
			final long bytes = n * Ifd.typeSize(type);
			out.putIfAbsent(tag, new Ifd.Entry(tag, type, n, bytes <= inline && bytes >= 0 ? fieldPos : raw));
		}
		return out;
	}
}
