package org.tessera.io.zarr.ngff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects OME-NGFF group metadata of a hierarchy: multiscales (see {@link NgffMultiscales}) and,
 * as JSON-like lists tagged with their {@code group}, {@code multiscales}, {@code omero},
 * {@code labels}, {@code plate}, {@code well} and {@code image-label} entries. NGFF 0.5 keeps them
 * under the {@code "ome"} attribute, earlier versions at the top of {@code .zattrs}.
 */
public final class NgffMetadata {

	private static final List<String> KEYS = List.of("multiscales", "omero", "labels", "plate", "well", "image-label");

	private final NgffMultiscales multiscales = new NgffMultiscales();
	private final Map<String, List<Object>> entries = new LinkedHashMap<>();
	private String version = "";

	/** Reads the attributes of the group at {@code group} ({@code ""} for the root). */
	public void addGroup(final String group, final Map<String, Object> attributes) {
		final Object ome = attributes.get("ome");
		final Map<?, ?> a = ome instanceof Map<?, ?> m ? m : attributes;
		if (ome instanceof Map<?, ?> m && m.get("version") != null) version = m.get("version").toString();
		for (final String k : KEYS) {
			final Object v = a.get(k);
			if (v == null) continue;
			final Map<String, Object> tagged = new LinkedHashMap<>();
			tagged.put("group", group.isEmpty() ? "/" : group);
			tagged.put(k, v);
			entries.computeIfAbsent(k.equals("well") ? "wells" : k, x -> new ArrayList<>()).add(tagged);
		}
		if (a.get("multiscales") instanceof List<?> l) {
			multiscales.add(group, l);
			if (version.isEmpty() && !l.isEmpty() && l.get(0) instanceof Map<?, ?> m && m.get("version") != null) {
				version = m.get("version").toString();
			}
		}
	}

	public NgffMultiscales multiscales() {
		return multiscales;
	}

	/** The collected entries plus {@code ngff_version}; empty when the hierarchy is plain Zarr. */
	public Map<String, Object> toMap() {
		final Map<String, Object> m = new LinkedHashMap<>();
		if (entries.isEmpty()) return m;
		if (!version.isEmpty()) m.put("ngff_version", version);
		m.putAll(entries);
		return m;
	}
}
