package org.tessera.io.hdf5;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

import io.jhdf.object.datatype.BitField;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;

import org.tessera.io.DType;

/**
 * An HDF5 element type as Tessera reads it: the numpy-named {@link DType} and the byte order of the
 * stored elements. Integers, floats (16/32/64 bit), h5py's booleans (an int8 enum FALSE/TRUE) and
 * complex numbers (a compound of two equal floats) are numeric; strings, references and other
 * compounds are listed as unreadable.
 */
record Hdf5Type(DType dtype, ByteOrder order) {

	/** The type of a jHDF data type. */
	static Hdf5Type of(final DataType t) {
		if (t instanceof FixedPoint f) return numeric(f.isSigned() ? DType.Kind.INT : DType.Kind.UINT, f.getSize(), f.getByteOrder(), t);
		if (t instanceof FloatingPoint f) return numeric(DType.Kind.FLOAT, f.getSize(), f.getByteOrder(), t);
		if (t instanceof BitField f) return numeric(DType.Kind.UINT, f.getSize(), f.getByteOrder(), t);
		if (t instanceof EnumDataType e) return enumeration(e);
		if (t instanceof CompoundDataType c) return compound(c);
		if (t instanceof StringData || t instanceof VariableLength v && v.isVariableLengthString()) {
			return unreadable(t, DType.Kind.STRING);
		}
		return unreadable(t, DType.Kind.OTHER);
	}

	// -- Helper methods --

	private static Hdf5Type numeric(final DType.Kind kind, final int size, final ByteOrder order, final DataType t) {
		final DType d = DType.numeric(kind, size);
		return d == null ? unreadable(t, DType.Kind.OTHER) : new Hdf5Type(d, order);
	}

	private static Hdf5Type enumeration(final EnumDataType e) {
		final Hdf5Type base = of(e.getBaseType());
		final Map<Integer, String> m = e.getEnumMapping();
		final boolean bool = base.dtype().size() == 1 && m.size() == 2 && "FALSE".equals(m.get(0)) && "TRUE".equals(m.get(1));
		return bool ? new Hdf5Type(DType.BOOL, base.order()) : base;
	}

	private static Hdf5Type compound(final CompoundDataType c) {
		final List<CompoundDataType.CompoundDataMember> m = c.getMembers();
		if (m.size() == 2 && m.get(0).getDataType() instanceof FloatingPoint re && m.get(1).getDataType() instanceof FloatingPoint
			&& re.getSize() == m.get(1).getDataType().getSize() && m.get(0).getOffset() == 0 && m.get(1).getOffset() == re.getSize()
			&& c.getSize() == 2 * re.getSize())
		{
			return numeric(DType.Kind.COMPLEX, c.getSize(), re.getByteOrder(), c);
		}
		return unreadable(c, DType.Kind.STRUCTURED);
	}

	private static Hdf5Type unreadable(final DataType t, final DType.Kind kind) {
		final String desc = t.getClass().getSimpleName() + "(" + t.getSize() + " bytes)";
		return new Hdf5Type(DType.unreadable(desc, kind, t.getSize()), ByteOrder.LITTLE_ENDIAN);
	}
}
