package org.tessera.sample;

import org.tessera.io.DType;
import org.tessera.io.zarr.write.ZarrArrayWriter;
import org.tessera.io.zarr.write.ZarrWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Zarr and OME-Zarr members of the {@link SampleCollection}. */
final class SampleZarr {

	private SampleZarr() {}

	/** OME-Zarr 0.4 (Zarr v2): a z-stack of lattice images, uint16, three levels, blosc-lz4. */
	static Path latticeStack(final Path p) throws IOException {
		final ZarrWriter w = SampleCollection.zarr(p, 2);
		final List<String> axes = List.of("z", "y", "x");
		w.createGroup("", Map.of("multiscales", List.of(multiscale("0.4", axes, List.of(40.0, 0.2, 0.2), 3,
			"nanometer")), "omero", omero(List.of("HAADF"), List.of("FFFFFF"))));
		final Map<String, Object> blosc = Map.of("id", "blosc", "cname", "lz4", "clevel", 5, "shuffle", 1);
		for (int level = 0; level < 3; level++) {
			final int f = 1 << level;
			final long[] shape = { 8, 512 / f, 512 / f };
			final int[] chunks = { 1, 128, 128 };
			final ZarrArrayWriter a = w.createArray(String.valueOf(level), SampleCollection.spec(shape, chunks, DType.UINT16)
				.optCompressor(blosc).optSeparator("/").optDimensionNames(axes));
			SampleCollection.fill(a, Downsampled.of(Pattern.lattice(16, 0.2, 3000), f), DType.UINT16, shape, chunks);
		}
		return p;
	}

	/** OME-Zarr 0.5 (Zarr v3): a t, c, z, y, x float32 image with sharding and zstd, two levels. */
	static Path cellsTczyx(final Path p) throws IOException {
		final ZarrWriter w = SampleCollection.zarr(p, 3);
		final List<String> axes = List.of("t", "c", "z", "y", "x");
		w.createGroup("", Map.of("ome", Map.of("version", "0.5", "multiscales", List.of(multiscale(null, axes,
			List.of(1.5, 1.0, 0.5, 0.1, 0.1), 2, "micrometer")), "omero", omero(List.of("DAPI", "GFP"),
				List.of("0000FF", "00FF00")))));
		for (int level = 0; level < 2; level++) {
			final int f = 1 << level;
			final long[] shape = { 3, 2, 4, 256 / f, 256 / f };
			final int[] shard = { 1, 1, 4, 128 / f, 128 / f };
			final List<Map<String, Object>> codecs = List.of(Map.of("name", "sharding_indexed", "configuration",
				Map.of("chunk_shape", List.of(1, 1, 1, 64 / f, 64 / f), "codecs", List.of(Map.of("name", "bytes",
					"configuration", Map.of("endian", "little")), Map.of("name", "zstd", "configuration", Map.of("level",
						3))), "index_codecs", List.of(Map.of("name", "bytes", "configuration", Map.of("endian",
							"little")), Map.of("name", "crc32c")), "index_location", "end")));
			final ZarrArrayWriter a = w.createArray("s" + level, SampleCollection.spec(shape, shard, DType.FLOAT32)
				.optCodecs(codecs).optDimensionNames(axes));
			SampleCollection.fill(a, Downsampled.of(Pattern.lattice(9, 0.9, 1.5), f), DType.FLOAT32, shape, shard);
		}
		return p;
	}

	/** Plain Zarr v2: an EDS spectrum image (y, x, energy), uint16, zstd. */
	static Path edsCube(final Path p) throws IOException {
		final ZarrWriter w = SampleCollection.zarr(p, 2);
		final long[] shape = { 64, 64, 1024 };
		final int[] chunks = { 16, 16, 256 };
		final ZarrArrayWriter a = w.createArray("", SampleCollection.spec(shape, chunks, DType.UINT16)
			.optCompressor(Map.of("id", "zstd", "level", 3)).optDimensionNames(List.of("y", "x", "energy"))
			.optAttributes(Map.of("units", List.of("nm", "nm", "keV"), "scale", List.of(2.0, 2.0, 0.01),
				"signal_type", "EDS_TEM", "beam_energy_kV", 200)));
		SampleCollection.fill(a, Pattern.spectrumImage(64, 64), DType.UINT16, shape, chunks);
		return p;
	}

	/** An NGFF multiscales entry: dataset paths "0".. (v0.4) or "s0".. (v0.5), scale doubling in y, x. */
	private static Map<String, Object> multiscale(final String version, final List<String> axes,
		final List<Double> scale, final int levels, final String unit)
	{
		final List<Object> axisList = new ArrayList<>();
		for (final String a : axes) {
			final String type = a.equals("t") ? "time" : a.equals("c") ? "channel" : "space";
			final Map<String, Object> m = new LinkedHashMap<>(Map.of("name", a, "type", type));
			if (!type.equals("channel")) m.put("unit", type.equals("time") ? "second" : unit);
			axisList.add(m);
		}
		final List<Object> datasets = new ArrayList<>();
		for (int l = 0; l < levels; l++) {
			final List<Double> s = new ArrayList<>(scale);
			final int n = s.size();
			s.set(n - 1, s.get(n - 1) * (1 << l));
			s.set(n - 2, s.get(n - 2) * (1 << l));
			datasets.add(Map.of("path", (version == null ? "s" : "") + l, "coordinateTransformations",
				List.of(Map.of("type", "scale", "scale", s))));
		}
		final Map<String, Object> m = new LinkedHashMap<>();
		if (version != null) m.put("version", version);
		m.put("name", "sample");
		m.put("axes", axisList);
		m.put("datasets", datasets);
		return m;
	}

	private static Map<String, Object> omero(final List<String> labels, final List<String> colors) {
		final List<Object> channels = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			channels.add(Map.of("label", labels.get(i), "color", colors.get(i), "active", true));
		}
		return Map.of("channels", channels);
	}
}
