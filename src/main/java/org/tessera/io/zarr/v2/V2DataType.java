package org.tessera.io.zarr.v2;

import java.nio.ByteOrder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tessera.io.DType;
import org.tessera.io.TesseraIOException;
import org.tessera.io.zarr.ZarrJson;

/**
 * A Zarr v2 {@code dtype} (numpy's array-protocol type string such as {@code "<u2"}) as a
 * {@link DType} and a byte order. Strings, objects, datetimes and structured (list) types become
 * {@link DType#unreadable} types.
 */
public record V2DataType(DType type, ByteOrder order, String spelling) {

	private static final Pattern SIMPLE = Pattern.compile("([<>|=]?)([a-zA-Z])(\\d*)(\\[.*\\])?");

	/** Parses the {@code dtype} field; {@code file} names it in errors. */
	public static V2DataType parse(final Object json, final String file) throws TesseraIOException {
		if (json instanceof List<?> fields) {
			return new V2DataType(DType.unreadable(new String(ZarrJson.write(fields)).replaceAll("\\s+", ""),
				DType.Kind.STRUCTURED, 0), ByteOrder.LITTLE_ENDIAN, fields.toString());
		}
		final String s = String.valueOf(json);
		final Matcher m = SIMPLE.matcher(s);
		if (!m.matches()) throw new TesseraIOException.Malformed(file, "invalid dtype '" + s + "'");
		final ByteOrder order = m.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
		final int size = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
		return new V2DataType(type(m.group(2).charAt(0), size, s, file), order, s);
	}

	private static DType type(final char code, final int size, final String s, final String file)
		throws TesseraIOException
	{
		final DType.Kind kind = switch (code) {
			case 'b' -> DType.Kind.BOOL;
			case 'i' -> DType.Kind.INT;
			case 'u' -> DType.Kind.UINT;
			case 'f' -> DType.Kind.FLOAT;
			case 'c' -> DType.Kind.COMPLEX;
			case 'S', 'U' -> DType.Kind.STRING;
			default -> DType.Kind.OTHER;
		};
		if (kind == DType.Kind.STRING || kind == DType.Kind.OTHER) {
			return DType.unreadable(s, kind, code == 'U' ? 4 * size : size);
		}
		final DType t = DType.numeric(kind, size);
		if (t == null) throw new TesseraIOException.Unsupported(file, "dtype '" + s + "' is not supported");
		return t;
	}

	/** The v2 spelling of a numeric type in little-endian order, e.g. {@code "<u2"}, {@code "|b1"}. */
	public static String spell(final DType type, final ByteOrder order) {
		final char code = switch (type.kind()) {
			case BOOL -> 'b';
			case INT -> 'i';
			case UINT -> 'u';
			case FLOAT -> 'f';
			case COMPLEX -> 'c';
			default -> throw new IllegalArgumentException("not a numeric type: " + type);
		};
		final String bo = type.size() == 1 ? "|" : order == ByteOrder.BIG_ENDIAN ? ">" : "<";
		return bo + code + type.size();
	}
}
