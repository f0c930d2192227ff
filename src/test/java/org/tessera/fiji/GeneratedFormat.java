package org.tessera.fiji;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.tessera.io.ArrayInfo;
import org.tessera.io.Axis;
import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.DType;
import org.tessera.io.FormatReader;
import org.tessera.io.Location;
import org.tessera.io.Multiscale;
import org.tessera.io.TesseraIOException;

/**
 * Test-only format {@code "tessera-test"}: a {@code *.tessera-test} properties file describing
 * generated arrays (see {@link GeneratedArray}), so Fiji tests run fast and without the real
 * readers. Keys: {@code arrays} (comma list), {@code multiscale} (comma list of levels, optional),
 * and per array {@code NAME.shape}, {@code NAME.chunks}, {@code NAME.dtype},
 * {@code NAME.axes} ({@code name:scale:unit,...}). Written by {@link Datasets}.
 */
public final class GeneratedFormat implements FormatReader {

	/** The file name suffix this format recognises. */
	public static final String SUFFIX = ".tessera-test";

	@Override
	public String name() {
		return "tessera-test";
	}

	@Override
	public boolean canOpen(final Location location) {
		return Files.isRegularFile(location.path()) && location.path().toString().endsWith(SUFFIX);
	}

	@Override
	public Container open(final Location location) throws IOException {
		final Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(location.path())) {
			p.load(r);
		}
		final List<ChunkedArray> arrays = new ArrayList<>();
		for (final String name : list(p, "arrays")) arrays.add(array(p, name, location));
		final List<String> levels = list(p, "multiscale");
		final List<Multiscale> ms = levels.isEmpty() ? List.of() : List.of(new Multiscale("", "pyramid", levels));
		return new GeneratedContainer(location, arrays, ms);
	}

	// -- Helper methods --

	private static ChunkedArray array(final Properties p, final String name, final Location location) {
		final long[] shape = list(p, name + ".shape").stream().mapToLong(Long::parseLong).toArray();
		final int[] chunks = list(p, name + ".chunks").stream().mapToInt(Integer::parseInt).toArray();
		final List<Axis> axes = new ArrayList<>();
		for (final String a : list(p, name + ".axes")) {
			final String[] f = a.split(":");
			axes.add(new Axis(f[0], "space", f[2], Double.parseDouble(f[1]), 0));
		}
		return new GeneratedArray(name, location, shape, chunks, DType.forName(p.getProperty(name + ".dtype")), axes);
	}

	private static List<String> list(final Properties p, final String key) {
		final String v = p.getProperty(key, "").trim();
		return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s*,\\s*"));
	}

	/** The opened file: its arrays and its one optional pyramid. */
	private record GeneratedContainer(Location location, List<ChunkedArray> all, List<Multiscale> multiscales)
		implements Container
	{

		@Override
		public String format() {
			return "tessera-test";
		}

		@Override
		public List<ArrayInfo> arrays() {
			return all.stream().map(ChunkedArray::info).toList();
		}

		@Override
		public ChunkedArray array(final String name) throws IOException {
			for (final ChunkedArray a : all) {
				if (a.name().equals(name)) return a;
			}
			throw new TesseraIOException.NotFound(location.toString(), "no array named '" + name + "'");
		}

		@Override
		public Map<String, Object> metadata() {
			return Map.of();
		}
	}
}
