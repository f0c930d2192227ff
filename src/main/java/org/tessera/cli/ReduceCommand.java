package org.tessera.cli;

import org.tessera.io.ChunkedArray;
import org.tessera.io.Container;
import org.tessera.io.Containers;
import org.tessera.io.FormatReaders;
import org.tessera.lineage.Recorder;
import org.tessera.reduce.Axes;
import org.tessera.reduce.Op;
import org.tessera.reduce.Presets;
import org.tessera.reduce.ReducedArray;
import org.tessera.reduce.Reduction;
import org.tessera.reduce.out.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tessera reduce PATH --sum AXES [--mean AXES] [--max AXES] [--min AXES] [--preset P] [--out FILE]}:
 * several streaming reductions of one array in one pass over its chunks. {@code --json} prints one
 * object per result (a {@code "results"} list when there are several) with the values in C order,
 * unless {@code --out} wrote them to a file.
 */
@Command(name = "reduce", description = "Sum, mean, max or min over axes (several in one pass), or a preset: "
	+ "hyperspectral sum image + sum spectrum, 4D-STEM virtual images + mean pattern.")
final class ReduceCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PATH", description = "File or container directory.")
	Path path;

	@Option(names = "--array", paramLabel = "NAME", description = "Internal path of the array (default: the only one).")
	String array;

	@Option(names = "--sum", paramLabel = "AXES", description = "Sum over these axes: names or indices, comma separated (repeatable).")
	List<String> sums = new ArrayList<>();

	@Option(names = "--mean", paramLabel = "AXES", description = "Mean over these axes (repeatable).")
	List<String> means = new ArrayList<>();

	@Option(names = "--max", paramLabel = "AXES", description = "Maximum over these axes (repeatable).")
	List<String> maxes = new ArrayList<>();

	@Option(names = "--min", paramLabel = "AXES", description = "Minimum over these axes (repeatable).")
	List<String> mins = new ArrayList<>();

	@Option(names = "--preset", paramLabel = "P", description = "hyperspectral or 4dstem.")
	String preset;

	@Option(names = "--bf", paramLabel = "R", description = "4dstem: bright-field disc radius (detector pixels).")
	Double bf;

	@Option(names = "--adf", paramLabel = "RIN,ROUT", split = ",", description = "4dstem: annular dark-field radii.")
	double[] adf;

	@Option(names = "--center", paramLabel = "CY,CX", split = ",", description = "4dstem: detector centre (default ny/2,nx/2).")
	double[] center;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the results to FILE.npy, FILE.tif or FILE.zarr.")
	Path out;

	@Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
	int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--repeat", paramLabel = "N", description = "Benchmark: run N times; the JSON gets \"seconds\" per run.")
	int repeat = 1;

	@Mixin
	CommonOptions options = new CommonOptions();

	@Mixin
	LineageOption lineage = new LineageOption();

	@Override
	public Integer call() throws Exception {
		org.tessera.io.codec.Unshuffle.prepare();
		if (out != null) ResultFiles.check(out);
		return lineage.record("reduce", this::reduce);
	}

	private int reduce(final Recorder rec) throws Exception {
		try (Container c = FormatReaders.open(path)) {
			final ChunkedArray a = Containers.array(c, array);
			if (lineage.on()) ReduceLineage.inputs(rec, this, a);
			final Reduction reduction = build(a);
			final List<Double> seconds = new ArrayList<>();
			List<ReducedArray> results = List.of();
			for (int i = 0; i < Math.max(1, repeat); i++) {
				final long t0 = System.nanoTime();
				results = reduction.run(threads, org.tessera.reduce.Progress.NONE, () -> false);
				seconds.add((System.nanoTime() - t0) / 1e9);
			}
			final List<Path> written = write(results, a);
			if (lineage.on()) ReduceLineage.outputs(rec, this, results, written);
			final Map<String, Object> json = ReduceJson.of(a, results, written);
			if (repeat > 1) json.put("seconds", seconds);
			System.out.println(options.json ? Json.write(json, false) : ReduceJson.text(a, results, written));
		}
		return 0;
	}

	/** Writes the results to {@code --out}, when given; the files written. */
	List<Path> write(final List<ReducedArray> results, final ChunkedArray a) throws java.io.IOException {
		return out == null ? List.of() : ResultFiles.write(out, results, source(a));
	}

	/** The requested reductions, preset first. */
	Reduction build(final ChunkedArray a) {
		final Reduction r = Reduction.over(a);
		if (preset != null) {
			switch (preset) {
				case "hyperspectral" -> Presets.hyperspectral(r, a);
				case "4dstem" -> Presets.fourDStem(r, a, bf, adf, center);
				default -> throw new IllegalArgumentException("unknown preset '" + preset + "' (hyperspectral, 4dstem)");
			}
		}
		add(r, a, Op.SUM, sums);
		add(r, a, Op.MEAN, means);
		add(r, a, Op.MAX, maxes);
		add(r, a, Op.MIN, mins);
		if (preset == null && sums.isEmpty() && means.isEmpty() && maxes.isEmpty() && mins.isEmpty()) {
			throw new IllegalArgumentException("nothing to compute: give --sum, --mean, --max, --min or --preset");
		}
		return r;
	}

	private static void add(final Reduction r, final ChunkedArray a, final Op op, final List<String> specs) {
		for (final String s : specs) r.add(op, Axes.parse(a, s), null);
	}

	private Map<String, Object> source(final ChunkedArray a) {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", path.toAbsolutePath().toString());
		m.put("array", a.name());
		return m;
	}
}
