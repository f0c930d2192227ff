package org.tessera.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The element type of a {@link ChunkedArray}, named as numpy names it ({@code uint16},
 * {@code float32}, {@code complex64}, ...).
 * <p>
 * Numeric types have a fixed Java storage: decoded chunks hold their elements in a primitive
 * array of the type's native width, so {@code uint16} stays 16-bit ({@code short[]}, read
 * unsigned) and complex values are interleaved (real, imaginary) pairs in a {@code float[]} or
 * {@code double[]} twice as long as the element count. {@code float16} is kept as its raw bits in a
 * {@code short[]} (see {@link #halfToFloat(short)}); {@code bool} is one byte, 0 or 1.
 * </p>
 * <p>
 * Types that cannot be read as pixels (strings, structured records, objects) are still described,
 * so that {@code info} can list the array; {@link #isNumeric()} is {@code false} for them and
 * readers refuse pixel reads with {@link TesseraIOException.Unsupported}.
 * </p>
 */
public final class DType {

	/** The broad family of a type. */
	public enum Kind {
		BOOL, INT, UINT, FLOAT, COMPLEX, STRING, STRUCTURED, OTHER
	}

	/** The Java primitive array that holds decoded elements of a numeric type. */
	public enum Storage {
		BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, NONE
	}

	public static final DType BOOL = new DType("bool", Kind.BOOL, 1, Storage.BYTE);
	public static final DType INT8 = new DType("int8", Kind.INT, 1, Storage.BYTE);
	public static final DType UINT8 = new DType("uint8", Kind.UINT, 1, Storage.BYTE);
	public static final DType INT16 = new DType("int16", Kind.INT, 2, Storage.SHORT);
	public static final DType UINT16 = new DType("uint16", Kind.UINT, 2, Storage.SHORT);
	public static final DType INT32 = new DType("int32", Kind.INT, 4, Storage.INT);
	public static final DType UINT32 = new DType("uint32", Kind.UINT, 4, Storage.INT);
	public static final DType INT64 = new DType("int64", Kind.INT, 8, Storage.LONG);
	public static final DType UINT64 = new DType("uint64", Kind.UINT, 8, Storage.LONG);
	public static final DType FLOAT16 = new DType("float16", Kind.FLOAT, 2, Storage.SHORT);
	public static final DType FLOAT32 = new DType("float32", Kind.FLOAT, 4, Storage.FLOAT);
	public static final DType FLOAT64 = new DType("float64", Kind.FLOAT, 8, Storage.DOUBLE);
	public static final DType COMPLEX64 = new DType("complex64", Kind.COMPLEX, 8, Storage.FLOAT);
	public static final DType COMPLEX128 = new DType("complex128", Kind.COMPLEX, 16, Storage.DOUBLE);

	private static final DType[] NUMERIC = { BOOL, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64,
		UINT64, FLOAT16, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 };

	private final String name;
	private final Kind kind;
	private final int size;
	private final Storage storage;

	private DType(final String name, final Kind kind, final int size, final Storage storage) {
		this.name = name;
		this.kind = kind;
		this.size = size;
		this.storage = storage;
	}

	/**
	 * A type that is listed but cannot be read as pixels.
	 *
	 * @param description how the container spells it, e.g. {@code "|S10"} or a structured spec
	 * @param kind {@link Kind#STRING}, {@link Kind#STRUCTURED} or {@link Kind#OTHER}
	 * @param size bytes per element as stored, or 0 when variable
	 */
	public static DType unreadable(final String description, final Kind kind, final int size) {
		if (kind != Kind.STRING && kind != Kind.STRUCTURED && kind != Kind.OTHER) {
			throw new IllegalArgumentException("not a non-numeric kind: " + kind);
		}
		return new DType(description, kind, size, Storage.NONE);
	}

	/**
	 * The numeric type with numpy's name, e.g. {@code "uint16"}.
	 *
	 * @throws IllegalArgumentException when the name is not a numeric numpy type
	 */
	public static DType forName(final String numpyName) {
		final String n = numpyName.toLowerCase(Locale.ROOT);
		for (final DType t : NUMERIC) {
			if (t.name.equals(n)) return t;
		}
		throw new IllegalArgumentException("unknown numeric data type '" + numpyName + "'");
	}

	/** The numeric type of a kind and element size in bytes, or null if there is none. */
	public static DType numeric(final Kind kind, final int size) {
		for (final DType t : NUMERIC) {
			if (t.kind == kind && t.size == size) return t;
		}
		return null;
	}

	/** numpy's name for a numeric type; the container's own spelling for others. */
	public String name() {
		return name;
	}

	public Kind kind() {
		return kind;
	}

	/** Bytes per element (both components for complex types). */
	public int size() {
		return size;
	}

	/** Bytes per stored primitive: {@code size()} except for complex types, where it is half. */
	public int primitiveSize() {
		return kind == Kind.COMPLEX ? size / 2 : size;
	}

	/** Primitives per element: 2 for complex types, 1 otherwise. */
	public int components() {
		return kind == Kind.COMPLEX ? 2 : 1;
	}

	public Storage storage() {
		return storage;
	}

	/** True when elements can be decoded into a primitive array. */
	public boolean isNumeric() {
		return storage != Storage.NONE;
	}

	public boolean isInteger() {
		return kind == Kind.INT || kind == Kind.UINT || kind == Kind.BOOL;
	}

	/**
	 * Allocates a primitive array for {@code count} elements.
	 *
	 * @throws IllegalStateException for a non-numeric type
	 */
	public Object allocate(final int count) {
		final int n = Math.multiplyExact(count, components());
		return switch (storage) {
			case BYTE -> new byte[n];
			case SHORT -> new short[n];
			case INT -> new int[n];
			case LONG -> new long[n];
			case FLOAT -> new float[n];
			case DOUBLE -> new double[n];
			case NONE -> throw new IllegalStateException("data type " + name + " has no pixel storage");
		};
	}

	/** Converts IEEE 754 half-precision bits to a float. */
	public static float halfToFloat(final short bits) {
		return Float.float16ToFloat(bits);
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof DType t && t.name.equals(name) && t.kind == kind && t.size == size;
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, kind, size);
	}

	@Override
	public String toString() {
		return name;
	}
}
