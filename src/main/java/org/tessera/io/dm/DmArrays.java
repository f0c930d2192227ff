package org.tessera.io.dm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.tessera.io.TesseraIOException;

/**
 * Reads the value of one data tag from its info array: a simple value, a string, a struct (a list of
 * its fields) or an array. Arrays longer than {@link #LIST_LIMIT} elements (and the pixel data) are
 * not read but described, {@code {offset, count, type, bytes}}, and skipped.
 */
final class DmArrays {

	/** Arrays up to this many elements become lists; longer ones stay in the file as descriptors. */
	static final int LIST_LIMIT = 4096;
	/** uint16 arrays (DM text) up to this many characters become strings. */
	private static final int TEXT_LIMIT = 1 << 16;

	private final DmInput in;

	DmArrays(final DmInput in) {
		this.in = in;
	}

	/**
	 * The value of a data tag.
	 *
	 * @param keep true to leave even a small array in the file as a descriptor (the pixel data)
	 */
	Object value(final long[] info, final String tag, final boolean keep) throws IOException {
		final long type = info[0];
		if (DmTypes.size(type) > 0 && info.length == 1) return DmTypes.read(in, type);
		if (type == DmTypes.STRING && info.length >= 2) return string(info[1], tag);
		if (type == DmTypes.STRUCT) return struct(fields(info, 1, tag));
		if (type == DmTypes.ARRAY && info.length >= 3) return array(info, tag, keep);
		throw corrupt(tag, "has an unknown type encoding " + java.util.Arrays.toString(info));
	}

	// -- Arrays --

	private Object array(final long[] info, final String tag, final boolean keep) throws IOException {
		final long el = info[1];
		if (DmTypes.size(el) > 0) {
			final long count = info[2];
			final long bytes = check(count, DmTypes.size(el), tag);
			if (keep || count > (el == DmTypes.USHORT ? TEXT_LIMIT : LIST_LIMIT)) return describe(count, DmTypes.name(el), bytes, tag);
			return el == DmTypes.USHORT ? text(count) : simples(el, count);
		}
		if (el == DmTypes.STRUCT) {
			final long[] fields = fields(info, 2, tag);
			return composite(info[info.length - 1], fields, sizeOf(fields), "struct" + names(fields), tag, keep);
		}
		if (el == DmTypes.STRING && info.length >= 4) return describe(info[3], "string", check(info[3], info[2], tag), tag);
		if (el == DmTypes.ARRAY && info.length >= 5) {
			final long inner = check(info[3], DmTypes.size(info[2]), tag);
			return describe(info[4], DmTypes.name(info[2]) + "[" + info[3] + "]", check(info[4], inner, tag), tag);
		}
		throw corrupt(tag, "has an unknown array encoding " + java.util.Arrays.toString(info));
	}

	/** An array of fixed-size records (structs or inner arrays): lists of lists when small. */
	private Object composite(final long count, final long[] fields, final long elementBytes, final String type,
		final String tag, final boolean keep) throws IOException
	{
		final long bytes = check(count, elementBytes, tag);
		if (keep || count * Math.max(1, fields.length) > LIST_LIMIT) return describe(count, type, bytes, tag);
		final List<Object> out = new ArrayList<>();
		for (long i = 0; i < count; i++) out.add(struct(fields));
		return Collections.unmodifiableList(out);
	}

	private Object simples(final long type, final long count) throws IOException {
		final List<Object> out = new ArrayList<>((int) count);
		for (long i = 0; i < count; i++) out.add(DmTypes.read(in, type));
		return Collections.unmodifiableList(out);
	}

	/** A uint16 array is DM's UTF-16 text. */
	private String text(final long count) throws IOException {
		final ByteBuffer b = in.bytes((int) count * 2, in.dataOrder(), "a text tag");
		final StringBuilder s = new StringBuilder((int) count);
		while (b.hasRemaining()) s.append(b.getChar());
		return s.toString();
	}

	private Map<String, Object> describe(final long count, final String type, final long bytes, final String tag)
		throws IOException
	{
		final Map<String, Object> d = new LinkedHashMap<>();
		d.put("offset", in.position());
		d.put("count", count);
		d.put("type", type);
		d.put("bytes", bytes);
		in.skip(bytes, "array tag '" + tag + "'");
		return Collections.unmodifiableMap(d);
	}

	// -- Structs --

	/** The field types of a struct definition starting at {@code at}: name length, field count, pairs. */
	private long[] fields(final long[] info, final int at, final String tag) throws TesseraIOException {
		if (info.length < at + 2) throw corrupt(tag, "has a truncated struct definition");
		final long n = info[at + 1];
		if (n < 0 || info.length < at + 2 + 2 * n) throw corrupt(tag, "declares " + n + " struct fields but its info array has " + info.length + " entries");
		final long[] types = new long[(int) n];
		for (int i = 0; i < n; i++) {
			types[i] = info[at + 3 + 2 * i];
			if (DmTypes.size(types[i]) == 0) throw corrupt(tag, "has a struct field of type " + types[i] + " (only simple types are known)");
		}
		return types;
	}

	private List<Object> struct(final long[] fields) throws IOException {
		final List<Object> out = new ArrayList<>(fields.length);
		for (final long f : fields) out.add(DmTypes.read(in, f));
		return Collections.unmodifiableList(out);
	}

	// -- Helper methods --

	private static long sizeOf(final long[] fields) {
		long n = 0;
		for (final long f : fields) n += DmTypes.size(f);
		return n;
	}

	private static String names(final long[] fields) {
		final StringJoiner j = new StringJoiner(",", "(", ")");
		for (final long f : fields) j.add(DmTypes.name(f));
		return j.toString();
	}

	/** {@code count * size} bytes, checked to lie inside the rest of the file. */
	private long check(final long count, final long size, final String tag) throws TesseraIOException {
		if (count < 0 || size < 0 || (size > 0 && count > (in.size() - in.position()) / size)) {
			throw corrupt(tag, "declares " + count + " elements of " + size + " bytes, more than the rest of the file ("
				+ (in.size() - in.position()) + " bytes from offset " + in.position() + ")");
		}
		return count * size;
	}

	/** A type-18 string of one-byte characters; a very long one stays in the file. */
	private Object string(final long length, final String tag) throws IOException {
		final long bytes = check(length, 1, tag);
		return length > TEXT_LIMIT ? describe(length, "string", bytes, tag) : in.text((int) length, "string tag '" + tag + "'");
	}

	private TesseraIOException corrupt(final String tag, final String cause) {
		return new TesseraIOException.Corrupt(in.file(), "tag '" + tag + "' " + cause);
	}
}
