package org.tessera.io.hdf5;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.api.Attribute;
import io.jhdf.exceptions.HdfException;

/** Converts HDF5 attributes to JSON-like values: strings, numbers, booleans and (nested) lists. */
final class Hdf5Values {

	private Hdf5Values() {}

	/** Every attribute of a node, by name; one that cannot be decoded becomes a string saying why. */
	static Map<String, Object> attributes(final Map<String, Attribute> attributes) {
		final Map<String, Object> out = new LinkedHashMap<>();
		for (final Map.Entry<String, Attribute> e : attributes.entrySet()) {
			out.put(e.getKey(), value(e.getValue()));
		}
		return Collections.unmodifiableMap(out);
	}

	private static Object value(final Attribute a) {
		try {
			if (a.isEmpty()) return null; // NB: an empty attribute is JSON null, a value, not a failure.
			final Object v = json(a.getData());
			// NB: h5py stores numpy booleans as an enum FALSE/TRUE, which jHDF returns as names.
			return Hdf5Type.of(a.getDataType()).dtype() == org.tessera.io.DType.BOOL ? booleans(v) : v;
		}
		catch (final HdfException | UnsupportedOperationException e) {
			// NB: vendor files carry attribute types jHDF cannot decode; keep the rest of the tree.
			return "<unreadable attribute: " + e.getMessage() + ">";
		}
	}

	private static Object booleans(final Object v) {
		if (v instanceof List<?> l) return l.stream().map(Hdf5Values::booleans).toList();
		return v instanceof String s ? Boolean.valueOf("TRUE".equals(s)) : v;
	}

	/** A JSON-like copy of a value jHDF returned: arrays become lists, unsigned wrappers numbers. */
	static Object json(final Object v) {
		if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) return v;
		if (v.getClass().isArray()) {
			final int n = Array.getLength(v);
			final List<Object> out = new ArrayList<>(n);
			for (int i = 0; i < n; i++) out.add(json(Array.get(v, i)));
			return Collections.unmodifiableList(out);
		}
		if (v instanceof Map<?, ?> m) {
			final Map<String, Object> out = new LinkedHashMap<>();
			m.forEach((k, x) -> out.put(String.valueOf(k), json(x)));
			return Collections.unmodifiableMap(out);
		}
		return v.toString();
	}
}
