package org.tessera.sample;

import org.tessera.io.Axis;
import org.tessera.meta.DataCite;
import org.tessera.meta.Instrument;
import org.tessera.meta.Quantity;
import org.tessera.meta.Record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Deterministic synthetic metadata {@link Record}s (no files) with varied instrument values: what
 * the catalogue's query tests and benchmark index. Record {@code i}'s values are pure functions of
 * {@code i}, so tests can count the expected hits.
 */
public final class SampleRecords {

	public static final List<String> FORMATS = List.of("zarr", "n5", "emd-velox", "dm");
	public static final List<String> MICROSCOPES = List.of("Titan", "Talos", "ARM200F");
	public static final double[] BEAM_KV = { 80, 200, 300 };

	private SampleRecords() {}

	public static String format(final int i) { return FORMATS.get(i % 4); }
	public static String microscope(final int i) { return MICROSCOPES.get(i % 3); }
	public static double beamKv(final int i) { return BEAM_KV[i % 3 == 0 ? 2 : i % 5 % 3]; }
	public static List<String> detectors(final int i) { return i % 2 == 0 ? List.of("HAADF") : List.of("BF", "DF"); }
	public static double pixelNm(final int i) { return 0.05 * (1 + i % 20); }
	public static LocalDate acquired(final int i) { return LocalDate.of(2019 + i % 5, 1 + i % 12, 1 + i % 28); }
	public static String sample(final int i) { return "gold-" + i % 7; }

	/** Record {@code i}. */
	public static Record record(final int i) {
		final String id = String.format("%064x", (long) i * 2654435761L) + ":data";
		final Instrument in = new Instrument(microscope(i), i % 4 == 1 ? "TEM" : "STEM", Quantity.of(beamKv(i), "kV"),
			1000.0 * (1 + i % 50), Quantity.of(40 + 10 * (i % 10), "mm"), null, null, detectors(i), null, null, null, null);
		final DataCite dc = new DataCite(null, List.of("Doe, Jane"), List.of("synthetic scan " + i + " of " + sample(i)),
			"Tessera sample facility", null, "Image/STEM", List.of("synthetic"), Map.of(), null,
			List.of("a generated record for catalogue tests"), List.of(), List.of(format(i)));
		return Record.builder().id(id).location("/synthetic/scan-" + i + "." + format(i)).array("data").format(format(i))
			.readerVersion("dev").datacite(dc).instrument(in).sample(sample(i)).acquired(acquired(i) + "T10:00:00Z")
			.shape(new long[] { 64, 64 }).dtype("uint16").axes(List.of(Axis.named("y"), Axis.named("x")))
			.pixelSize(Quantity.of(pixelNm(i), "nm")).checksums(new Record.Checksums(id.substring(0, 64), null))
			.original(Map.of("Optics", Map.of("AccelerationVoltage", (long) beamKv(i) * 1000)))
			.flattened(Map.of("Optics.AccelerationVoltage", Long.toString((long) beamKv(i) * 1000), "Sample.Name",
				sample(i)))
			.build();
	}
}
