package org.tessera.sample;

import org.tessera.io.DType;
import org.tessera.io.zarr.ZarrJson;
import org.tessera.io.zarr.write.ZarrArrayWriter;
import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The microscopy members of the {@link SampleCollection}: one HyperSpy {@code .zspy} (Zarr v2) per
 * {@link Acquisition}, in the layout HyperSpy writes — root attribute {@code file_format: ZSpy}, the
 * signal group {@code Experiments/<title>} with its metadata tree as nested groups, lists as
 * {@code json2} object arrays, {@code axis-<i>} groups and the {@code data} array (uint16, blosc-zstd).
 */
final class SampleHyperSpy {

	private static final Map<String, Object> BLOSC = Map.of("id", "blosc", "cname", "zstd", "clevel", 1, "shuffle", 1, "blocksize", 0);

	private SampleHyperSpy() {}

	/** Writes {@code q} as {@code dir/q.fileName()}. */
	static Path write(final Path dir, final Acquisition q) throws IOException {
		final Path p = SampleCollection.fresh(dir.resolve(q.fileName()));
		final ZarrWriter w = SampleCollection.zarr(p, 2);
		w.createGroup("", Map.of("file_format", "ZSpy", "file_format_version", "3.1"));
		w.createGroup("Experiments", Map.of());
		final String s = "Experiments/" + q.title(), m = s + "/metadata/";
		for (final String g : List.of(s, s + "/metadata", s + "/original_metadata", m + "Acquisition_instrument")) w.createGroup(g, Map.of());
		w.createGroup(m + "General", Map.of("title", q.title(), "date", q.date().toString(), "time", q.time().toString(),
			"time_zone", q.zone(), "authors", q.author()));
		w.createGroup(m + "Sample", Map.of("description", q.sample()));
		list(p.resolve(m + "Sample/_list_elements"), q.elements());
		final String type = q.spectrometer() == null ? "" : q.spectrometer().equals("EDS") ? "EDS_TEM" : "EELS";
		w.createGroup(m + "Signal", Map.of("signal_type", type, "quantity", "Intensity (counts)"));
		SampleHyperSpyInstrument.write(w, m + "Acquisition_instrument/TEM", q);
		final long[] shape = q.spectrometer() == null ? new long[] { 64, 64 } : new long[] { 16, 16, 128 };
		axes(w, s, q, shape);
		final int[] chunks = q.spectrometer() == null ? new int[] { 64, 64 } : new int[] { 16, 16, 128 };
		final ZarrArrayWriter a = w.createArray(s + "/data", SampleCollection.spec(shape, chunks, DType.UINT16).optCompressor(BLOSC));
		final Pattern pat = q.spectrometer() == null ? Pattern.lattice(8 + 2 * (q.index() % 5), 0.15 * q.index(), 2000)
			: Pattern.spectrumImage(12 + q.index(), 16);
		SampleCollection.fill(a, pat, DType.UINT16, shape, chunks);
		return p;
	}

	// -- Helper methods --

	/** The axes in C order: y, x in nm, then the energy axis of a spectrum image. */
	private static void axes(final ZarrWriter w, final String s, final Acquisition q, final long[] shape) throws IOException {
		final List<String> names = List.of("y", "x", "Energy");
		final boolean eels = "EELS".equals(q.spectrometer());
		for (int i = 0; i < shape.length; i++) {
			final Map<String, Object> a = new LinkedHashMap<>();
			a.put("_type", "UniformDataAxis");
			a.put("name", names.get(i));
			a.put("units", i < 2 ? "nm" : eels ? "eV" : "keV");
			a.put("scale", i < 2 ? q.pixelNm() : eels ? 0.5 : 0.01);
			a.put("offset", i < 2 ? 0.0 : eels ? 250.0 : 0.05);
			a.put("size", shape[i]);
			a.put("navigate", shape.length == 3 && i < 2);
			a.put("is_binned", false);
			w.createGroup(s + "/axis-" + i, a);
		}
	}

	/** A list as HyperSpy's .zspy writes one: a 1-D object array, json2 filter, one uncompressed chunk. */
	private static void list(final Path dir, final List<String> items) throws IOException {
		Files.createDirectories(dir);
		final Map<String, Object> zarray = new LinkedHashMap<>();
		zarray.put("chunks", List.of(items.size()));
		zarray.put("compressor", null);
		zarray.put("dtype", "|O");
		zarray.put("fill_value", 0);
		zarray.put("filters", List.of(Map.of("id", "json2", "encoding", "utf-8")));
		zarray.put("order", "C");
		zarray.put("shape", List.of(items.size()));
		zarray.put("zarr_format", 2);
		Files.write(dir.resolve(".zarray"), ZarrJson.write(zarray));
		final List<Object> chunk = new ArrayList<>(items);
		chunk.add("|O");
		chunk.add(List.of(items.size()));
		Files.write(dir.resolve("0"), ZarrJson.write(chunk));
	}
}
