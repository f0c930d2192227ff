package org.tessera.io.dm;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * The DM tag-data type codes (the first info-array entry of a data tag) and how to read one value of
 * each simple type into a JSON-like value.
 */
final class DmTypes {

	static final int STRUCT = 15;
	static final int STRING = 18;
	static final int ARRAY = 20;
	static final int USHORT = 4;

	private DmTypes() {}

	/** The byte size of a simple type, or 0 when the code is not a simple type. */
	static int size(final long code) {
		return switch ((int) Math.min(code, 99)) {
			case 8, 9, 10 -> 1;
			case 2, 4 -> 2;
			case 3, 5, 6 -> 4;
			case 7, 11, 12 -> 8;
			default -> 0;
		};
	}

	/** The numpy-like name of a simple type, for descriptors of arrays left in the file. */
	static String name(final long code) {
		return switch ((int) code) {
			case 2 -> "int16";
			case 3 -> "int32";
			case 4 -> "uint16";
			case 5 -> "uint32";
			case 6 -> "float32";
			case 7 -> "float64";
			case 8 -> "bool";
			case 9 -> "int8";
			case 10 -> "uint8";
			case 11 -> "int64";
			case 12 -> "uint64";
			default -> "type" + code;
		};
	}

	/** Reads one simple value of the given type from the input, in the file's data order. */
	static Object read(final DmInput in, final long code) throws IOException {
		final ByteBuffer b = in.bytes(size(code), in.dataOrder(), "a " + name(code) + " value");
		return switch ((int) code) {
			case 2 -> (int) b.getShort();
			case 3 -> b.getInt();
			case 4 -> b.getShort() & 0xffff;
			case 5 -> b.getInt() & 0xffffffffL;
			case 6 -> (double) b.getFloat();
			case 7 -> b.getDouble();
			case 8 -> b.get() != 0;
			case 9 -> (int) b.get();
			case 10 -> b.get() & 0xff;
			case 11 -> b.getLong();
			default -> unsigned(b.getLong());
		};
	}

	private static Object unsigned(final long v) {
		return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
	}
}
