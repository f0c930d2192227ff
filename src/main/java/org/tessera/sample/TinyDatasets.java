package org.tessera.sample;

import org.tessera.io.DType;
import org.tessera.io.n5.N5Writer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many tiny N5 datasets (one 32 × 32 uint16 array each, raw, with instrument-like attributes): the
 * catalogue's ingest tests and benchmark.
 */
public final class TinyDatasets {

	private TinyDatasets() {}

	/** Writes {@code n} datasets {@code tiny-00000.n5 ...} into {@code dir}. */
	public static List<Path> write(final Path dir, final int n) throws IOException {
		Files.createDirectories(dir);
		final List<Path> out = new ArrayList<>();
		for (int i = 0; i < n; i++) out.add(write(dir.resolve(String.format("tiny-%05d.n5", i)), i, 0));
		return out;
	}

	/** Writes dataset {@code i} at {@code p}; {@code variant} changes its pixels (not its metadata). */
	public static Path write(final Path p, final int i, final int variant) throws IOException {
		final N5Writer w = new N5Writer(p);
		final long[] shape = { 32, 32 };
		final int[] chunks = { 32, 32 };
		w.createDataset("data", shape, chunks, DType.UINT16, Map.of("type", "raw"));
		final Map<String, Object> a = new LinkedHashMap<>();
		a.put("microscope", SampleRecords.microscope(i));
		a.put("beam_energy_kV", SampleRecords.beamKv(i));
		a.put("detector", SampleRecords.detectors(i).get(0));
		a.put("acquired", SampleRecords.acquired(i).toString());
		a.put("sample", SampleRecords.sample(i));
		w.setAttributes("data", a);
		final short[] px = new short[32 * 32];
		for (int k = 0; k < px.length; k++) px[k] = (short) ((k * (i + 1) + variant * 7919) % 65536);
		w.writeBlock("data", new long[] { 0, 0 }, px);
		return p;
	}
}
