package org.tessera.io.dm;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.io.TesseraIOException;

/**
 * Parses the whole DM tag tree into a JSON-like tree: a tag group becomes a map of its named entries
 * (a list when every entry is unnamed, as in {@code ImageList}); simple values become numbers,
 * booleans or strings; small arrays become lists (uint16 arrays are DM's UTF-16 text and become
 * strings); large arrays and every {@code ImageData/Data} stay in the file as a
 * {@linkplain DmArrays descriptor} {@code {offset, count, type, bytes}}.
 */
final class DmTagParser {

	/** Deeper nesting than this is taken as a corrupt file rather than recursed into. */
	private static final int MAX_DEPTH = 256;
	private static final int GROUP = 20;
	private static final int DATA = 21;

	private final DmInput in;
	private final DmHeader header;
	private final DmArrays arrays;

	private DmTagParser(final DmInput in, final DmHeader header) {
		this.in = in;
		this.header = header;
		this.arrays = new DmArrays(in);
	}

	/** Parses the file's header and whole tag tree. */
	static DmFile parse(final FileChannel channel, final String file) throws IOException {
		final DmHeader header = DmHeader.read(channel, file);
		return parse(channel, file, header);
	}

	static DmFile parse(final FileChannel channel, final String file, final DmHeader header) throws IOException {
		final DmInput in = new DmInput(channel, file, header.treeStart(), header.order());
		final DmTagParser p = new DmTagParser(in, header);
		final Object root = p.group("", 0);
		@SuppressWarnings("unchecked")
		final Map<String, Object> tree = root instanceof Map ? (Map<String, Object>) root : Map.of("", root);
		return new DmFile(file, header, tree);
	}

	// -- Groups --

	/** A tag group at the position: sorted and open flags, the tag count, then the tags. */
	private Object group(final String name, final int depth) throws IOException {
		if (depth > MAX_DEPTH) throw new TesseraIOException.Corrupt(in.file(), "tag groups nested deeper than " + MAX_DEPTH);
		in.field(1, "the sorted flag of group '" + name + "'");
		in.field(1, "the open flag of group '" + name + "'");
		final long n = count("the tag count of group '" + name + "'", 3);
		final Map<String, Object> named = new LinkedHashMap<>();
		final List<Object> unnamed = new ArrayList<>();
		int groups = 0, data = 0;
		for (long i = 0; i < n; i++) {
			final int kind = (int) in.field(1, "the kind of tag " + i + " of group '" + name + "'");
			final String tag = in.text((int) in.field(2, "a tag name length"), "a tag name");
			if (header.version() == 4) in.field(8, "the size of tag '" + tag + "'");
			final Object value = entry(kind, name, tag, depth);
			if (!tag.isEmpty()) named.put(tag, value);
			else {
				unnamed.add(value);
				named.put(kind == GROUP ? "TagGroup" + groups++ : "Data" + data++, value);
			}
		}
		return !unnamed.isEmpty() && unnamed.size() == n ? Collections.unmodifiableList(unnamed) : Collections.unmodifiableMap(named);
	}

	private Object entry(final int kind, final String group, final String tag, final int depth) throws IOException {
		if (kind == GROUP) return group(tag, depth + 1);
		if (kind != DATA) {
			throw new TesseraIOException.Corrupt(in.file(), "tag '" + tag + "' in group '" + group + "' has kind " + kind
				+ " (expected 20 = group or 21 = data) at offset " + (in.position() - 1));
		}
		return data(group, tag);
	}

	// -- Data tags --

	/** A data tag: the {@code %%%%} mark, the info array (big-endian) and the value. */
	private Object data(final String group, final String tag) throws IOException {
		final String mark = in.text(4, "the %%%% mark of tag '" + tag + "'");
		if (!"%%%%".equals(mark)) {
			throw new TesseraIOException.Corrupt(in.file(), "tag '" + tag + "' lacks its %%%% mark at offset " + (in.position() - 4));
		}
		final long[] info = new long[(int) count("the info-array size of tag '" + tag + "'", header.fieldWidth())];
		for (int i = 0; i < info.length; i++) info[i] = in.field(header.fieldWidth(), "the info array of tag '" + tag + "'");
		if (info.length == 0) throw new TesseraIOException.Corrupt(in.file(), "tag '" + tag + "' has an empty info array");
		return arrays.value(info, tag, "ImageData".equals(group) && "Data".equals(tag));
	}

	/** A count field checked against what the rest of the file could hold at {@code minBytes} each. */
	private long count(final String what, final int minBytes) throws IOException {
		final long n = in.field(header.fieldWidth(), what);
		if (n < 0 || n > (in.size() - in.position()) / minBytes) {
			throw new TesseraIOException.Corrupt(in.file(), what + " is " + n + ", more than the rest of the file can hold (offset "
				+ in.position() + " of " + in.size() + ")");
		}
		return n;
	}
}
